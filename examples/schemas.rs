//! Writes the JSON Schemas of the crate's documents.
//!
//! ```text
//! cargo run --example schemas -- DIR     # writes DIR/NAME.schema.json
//! cargo run --example schemas            # prints them
//! ```

use std::process::ExitCode;

use migrant_representation::schema;

fn main() -> ExitCode {
    let dir = std::env::args().nth(1);
    let mut out = String::new();
    for s in schema::schemas() {
        let text = match serde_json::to_string_pretty(&s.schema) {
            Ok(t) => t + "\n",
            Err(e) => {
                eprintln!("cannot serialize schema {}: {e}", s.name);
                return ExitCode::from(2);
            }
        };
        match &dir {
            Some(d) => {
                let path = std::path::Path::new(d).join(format!("{}.schema.json", s.name));
                if let Err(e) =
                    std::fs::create_dir_all(d).and_then(|()| std::fs::write(&path, text))
                {
                    eprintln!("cannot write {}: {e}", path.display());
                    return ExitCode::from(2);
                }
                eprintln!("wrote {}", path.display());
            }
            None => out.push_str(&text),
        }
    }
    let _ = std::io::Write::write_all(&mut std::io::stdout().lock(), out.as_bytes());
    ExitCode::SUCCESS
}
