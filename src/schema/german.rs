//! German descriptions of the schemas, for German tools: each English
//! description the crate's API documentation gives, and its German
//! translation. A test fails when a description has none.

/// `(English, German)`, sorted by the English text in byte order.
const DESCRIPTIONS: &[(&str, &str)] = &[
    (
        "\"f.\" (and the one following) or \"ff.\" (and those following) after the\nmost precise unit cited: `§ 86 Abs. 1 S. 4 f. HGO`.",
        "„f.“ (und der folgende) oder „ff.“ (und die folgenden) nach der genauesten zitierten Einheit: § 86 Abs. 1 S. 4 f. HGO.",
    ),
    (
        "\"f.\" or \"ff.\" after a cited unit.",
        "„f.“ oder „ff.“ nach einer zitierten Einheit.",
    ),
    (
        "\"f.\": the unit cited and the next one.",
        "„f.“: die zitierte Einheit und die nächste.",
    ),
    (
        "\"ff.\": the unit cited and those after it.",
        "„ff.“: die zitierte Einheit und die folgenden.",
    ),
    (
        "A German Land (state). The list of the 16 Länder is closed.\n\nSerialized as the two-letter code used in German official statistics and\nin ISO 3166-2:DE without its `DE-` prefix (`\"NW\"`, `\"HE\"`, …).",
        "Ein deutsches Land. Die Liste der 16 Länder ist abgeschlossen.\n\nGeschrieben als der zweibuchstabige Code der amtlichen Statistik und von ISO 3166-2:DE ohne das Präfix „DE-“ („NW“, „HE“, …).",
    ),
    ("A Land as a whole.", "Ein Land als Ganzes."),
    (
        "A Land association whose members are the municipal representation\nbodies (LAKA BW, Landesintegrationsrat NRW, agah, AGABY, AGARP).",
        "Ein Landesverband, dessen Mitglieder die kommunalen Vertretungsgremien sind (LAKA BW, Landesintegrationsrat NRW, agah, AGABY, AGARP).",
    ),
    (
        "A Land statute prescribes or permits the body and sets rules for it.",
        "Ein Landesgesetz schreibt das Gremium vor oder lässt es zu und regelt es.",
    ),
    (
        "A Land statute prescribes or permits the body directly\n(NRW § 27 GO, Hessen §§ 84–89 HGO, RLP § 56 GemO).",
        "Ein Landesgesetz schreibt das Gremium unmittelbar vor oder lässt es zu (NRW § 27 GO, Hessen §§ 84–89 HGO, RLP § 56 GemO).",
    ),
    (
        "A body has no seat groups.",
        "Ein Gremium hat keine Sitzgruppen.",
    ),
    (
        "A breached \"muss\" rule, or a structural rule: the body is not\ncompliant (Verstoß).",
        "Eine verletzte Muss-Regel oder eine Formregel: Das Gremium entspricht nicht dem Recht (Verstoß).",
    ),
    (
        "A breached \"soll\" rule: binding unless the case is atypical, which\nthe municipality must be able to justify (Warnung).",
        "Eine verletzte Soll-Regel: bindend, außer im atypischen Fall, den die Gemeinde begründen können muss (Warnung).",
    ),
    ("A calendar day.", "Ein Kalendertag."),
    (
        "A chair to be elected from the members holds no seat (of the group).",
        "Ein Vorsitz, der aus den Mitgliedern (der Gruppe) zu wählen ist, hat keinen Sitz.",
    ),
    (
        "A citation of a provision: law, § or Art., Absatz, Satz, Nummer.\n\nUsed both for statutes (`§ 27 Abs. 1 GO NRW`) and for local law\n(`§ 4 Abs. 2 Hauptsatzung der Landeshauptstadt Wiesbaden`).\nFields the sources do not give are left out rather than guessed.",
        "Eine Fundstelle: Gesetz, § oder Art., Absatz, Satz, Nummer.\n\nFür Gesetze (§ 27 Abs. 1 GO NRW) wie für Ortsrecht (§ 4 Abs. 2 Hauptsatzung der Landeshauptstadt Wiesbaden). Was die Quellen nicht angeben, bleibt weg, statt geraten zu werden.",
    ),
    (
        "A class of seats that a rule can count.",
        "Eine Art von Sitzen, die eine Regel zählen kann.",
    ),
    (
        "A composition as written in a document, before validation.",
        "Eine Zusammensetzung, wie sie im Dokument steht, vor der Prüfung.",
    ),
    (
        "A count as a source gives it (\"über 300\").",
        "Eine Anzahl, wie eine Quelle sie angibt („über 300“).",
    ),
    (
        "A county (Landkreis, Kreis).",
        "Ein Kreis (Landkreis, Kreis).",
    ),
    (
        "A date YYYY-MM-DD (RFC 3339 full-date), in the years 1900 to 2199.",
        "Ein Datum JJJJ-MM-TT (RFC 3339 full-date) in den Jahren 1900 bis 2199.",
    ),
    (
        "A date, or a date computed from it (the end of a term), lies outside\nthe supported range of dates.",
        "Ein Datum oder ein daraus berechnetes Datum (das Ende einer Amtszeit) liegt außerhalb des unterstützten Zeitraums.",
    ),
    (
        "A decision of an authority or of a committee of a city-state's\nparliament (Bremen: a Deputation; Hamburg: the Sozialbehörde under\n§ 16 Verwaltungsbehördengesetz).",
        "Eine Entscheidung einer Behörde oder eines Ausschusses des Parlaments eines Stadtstaats (Bremen: eine Deputation; Hamburg: die Sozialbehörde nach § 16 Verwaltungsbehördengesetz).",
    ),
    (
        "A deputy chair (stellvertretender Vorsitz).",
        "Ein stellvertretender Vorsitz.",
    ),
    (
        "A district council (Bezirksvertretung).",
        "Eine Bezirksvertretung.",
    ),
    (
        "A district of a city-state or city (Bezirk).",
        "Ein Bezirk eines Stadtstaats oder einer Stadt.",
    ),
    (
        "A document has more findings than are listed; the finding carries\nthe number left out.",
        "Ein Dokument hat mehr Befunde, als aufgeführt sind; der Befund nennt die Zahl der ausgelassenen.",
    ),
    (
        "A fact about members that some rules count (`members_with`).",
        "Ein Merkmal von Mitgliedern, das manche Regeln zählen (Mitglieder mit einem Merkmal).",
    ),
    (
        "A federal association (Bundeszuwanderungs- und Integrationsrat, BV NeMO).",
        "Ein Bundesverband (Bundeszuwanderungs- und Integrationsrat, BV NeMO).",
    ),
    (
        "A fixed number of years from the constitution date\n(Rheinland-Pfalz: 5 years).",
        "Eine feste Zahl von Jahren ab der Konstituierung (Rheinland-Pfalz: 5 Jahre).",
    ),
    (
        "A fraction `numerator / denominator` used by share rules (⅔, ½).",
        "Ein Bruch Zähler / Nenner für Anteilsregeln (⅔, ½).",
    ),
    (
        "A fraction a rule names (two thirds), as `part/whole`.",
        "Ein Bruch, den eine Regel nennt (zwei Drittel), als Teil/Ganzes.",
    ),
    (
        "A full vote (stimmberechtigt).",
        "Ein Sitz mit Stimmrecht (stimmberechtigt).",
    ),
    (
        "A half-open period `[from, until)` in which a rule is in force.\n\n`from: None` means \"as long as the provision exists\" (used for local rules\nwhose date the document does not give); `until: None` means \"still in\nforce\".",
        "Ein halboffener Zeitraum [ab, bis), in dem eine Regel gilt.\n\nOhne „ab“ gilt sie, solange die Vorschrift besteht (für örtliche Regeln, deren Datum das Dokument nicht nennt); ohne „bis“ gilt sie noch.",
    ),
    (
        "A length of text in Unicode scalar values.",
        "Eine Textlänge in Unicode-Zeichen (scalar values).",
    ),
    (
        "A local network does not name its area.",
        "Ein lokales Netzwerk nennt sein Gebiet nicht.",
    ),
    (
        "A local right is weaker than the statutory right of the same kind\ntowards the same organ: a Satzung cannot take a statutory right away.",
        "Ein örtliches Recht ist schwächer als das gesetzliche Recht derselben Art gegenüber demselben Organ: Eine Satzung kann ein gesetzliches Recht nicht nehmen.",
    ),
    (
        "A local statute (Satzung, Hauptsatzung) of the municipality.",
        "Eine Satzung der Gemeinde (Satzung, Hauptsatzung).",
    ),
    (
        "A location inside a JSON document, as an RFC 6901 JSON Pointer\n(`/composition/seat_groups/0/seats`). The empty pointer is the document root.",
        "Eine Stelle in einem JSON-Dokument als JSON-Pointer nach RFC 6901 (etwa die Sitzzahl der ersten Sitzgruppe). Der leere Pointer ist das ganze Dokument.",
    ),
    (
        "A member's role in the body.",
        "Die Rolle eines Mitglieds im Gremium.",
    ),
    (
        "A membership in the roster ends before it starts.",
        "Eine Mitgliedschaft in der Mitgliederliste endet vor ihrem Beginn.",
    ),
    (
        "A membership starts before or ends after the body's term.",
        "Eine Mitgliedschaft beginnt vor oder endet nach der Amtszeit des Gremiums.",
    ),
    (
        "A municipality (Gemeinde, Stadt).",
        "Eine Gemeinde (Gemeinde, Stadt).",
    ),
    ("A network document.", "Ein Netzwerk-Dokument."),
    ("A number of findings.", "Eine Zahl von Befunden."),
    (
        "A number of meetings a year.",
        "Eine Zahl von Sitzungen im Jahr.",
    ),
    ("A number of members.", "Eine Zahl von Mitgliedern."),
    (
        "A number of seats lies outside the range the rule allows.",
        "Eine Sitzzahl liegt außerhalb des Bereichs, den die Regel zulässt.",
    ),
    ("A number of seats.", "Eine Zahl von Sitzen."),
    ("A number of years.", "Eine Zahl von Jahren."),
    (
        "A number that must be positive is zero (a seat group without seats).",
        "Eine Zahl, die positiv sein muss, ist null (eine Sitzgruppe ohne Sitze).",
    ),
    (
        "A paragraph, written `§` (most Länder).",
        "Ein Paragraf, geschrieben „§“ (die meisten Länder).",
    ),
    (
        "A part of a number of members.",
        "Ein Teil einer Zahl von Mitgliedern.",
    ),
    (
        "A part of a number of seats.",
        "Ein Teil einer Zahl von Sitzen.",
    ),
    (
        "A part of a whole, such as the elected share of a body's seats.",
        "Ein Teil eines Ganzen, etwa der Anteil der gewählten Sitze eines Gremiums.",
    ),
    ("A participation right (`Right`).", "Ein Beteiligungsrecht."),
    (
        "A participation right a Satzung or a council resolution grants, written\nin the body document (Dresden: Anhörungs- und Rederecht).",
        "Ein Beteiligungsrecht, das eine Satzung oder ein Ratsbeschluss gewährt und das im Dokument des Gremiums steht (Dresden: Anhörungs- und Rederecht).",
    ),
    (
        "A personal deputy of a member (persönliche Stellvertretung).",
        "Eine persönliche Stellvertretung eines Mitglieds.",
    ),
    (
        "A range of numbers whose minimum lies above its maximum.",
        "Ein Zahlenbereich, dessen Minimum über seinem Maximum liegt.",
    ),
    (
        "A reference names a document of another kind, Land or stage than the\nlink requires.",
        "Ein Verweis nennt ein Dokument einer anderen Art, eines anderen Landes oder einer anderen Stufe, als die Verbindung verlangt.",
    ),
    (
        "A reference names a document that is not in the registry.",
        "Ein Verweis nennt ein Dokument, das nicht im Verzeichnis ist.",
    ),
    (
        "A reference names a seat group that does not exist.",
        "Ein Verweis nennt eine Sitzgruppe, die es nicht gibt.",
    ),
    (
        "A representation body document.",
        "Ein Dokument eines Vertretungsgremiums.",
    ),
    (
        "A required text is empty or only white space.",
        "Ein Pflichttext ist leer oder besteht nur aus Leerraum.",
    ),
    (
        "A resolution of the council (Ratsbeschluss, Stadtratsbeschluss).",
        "Ein Beschluss des Rates (Ratsbeschluss, Stadtratsbeschluss).",
    ),
    (
        "A rule is in force outside the period its regime covers.",
        "Eine Regel gilt außerhalb des Zeitraums, den ihre Regelung erfasst.",
    ),
    (
        "A rule named in a finding's fix or in a `Proposal`: its id for\nprograms, its citation and statement for people, and how much a breach\nof it weighs (a violation for a \"muss\" rule, a warning for a \"soll\"\nrule).",
        "Eine Regel, die in der Abhilfe einer Feststellung oder in einem Vorschlag genannt wird: ihre Kennung für Programme, ihre Fundstelle und Aussage für Menschen und wie schwer ihre Verletzung wiegt (ein Verstoß bei einer Muss-Regel, eine Warnung bei einer Soll-Regel).",
    ),
    (
        "A rule of local law that a body document carries with it (a Hauptsatzung\nthat fixes Köln's Integrationsrat at 33 seats, two thirds elected).",
        "Eine Regel des Ortsrechts, die ein Dokument mit sich führt (eine Hauptsatzung, die den Kölner Integrationsrat auf 33 Sitze festlegt, zwei Drittel gewählt).",
    ),
    (
        "A rule that could not be checked, or an unverified rule the body\ndoes not meet (Hinweis).",
        "Eine Regel, die nicht geprüft werden konnte, oder eine ungeprüfte Regel, die das Gremium nicht erfüllt (Hinweis).",
    ),
    (
        "A seat group a finding concerns, with the document's own id and label.",
        "Eine Sitzgruppe, die ein Befund betrifft, mit der Kennung und Bezeichnung aus dem Dokument.",
    ),
    (
        "A seat group as written in a document, before validation.",
        "Eine Sitzgruppe, wie sie im Dokument steht, vor der Prüfung.",
    ),
    (
        "A seat group counts more members with a fact (women, migration\nhistory) than it has filled seats (structural).",
        "Eine Sitzgruppe zählt mehr Mitglieder mit einem Merkmal (Frauen, Migrationsgeschichte), als sie besetzte Sitze hat (Formfehler).",
    ),
    (
        "A seat group is of a kind the rule does not allow in this body.",
        "Eine Sitzgruppe ist von einer Art, die die Regel in diesem Gremium nicht zulässt.",
    ),
    (
        "A seat selector that selects nothing (an empty list of classes).",
        "Eine Sitzauswahl, die nichts auswählt (eine leere Liste von Sitzarten).",
    ),
    (
        "A set of seats a rule counts: every group that matches one of the\n`classes`, and, with `voting_only`, only voting groups.",
        "Die Sitze, die eine Regel zählt: jede Gruppe, die zu einer der Sitzarten gehört, und mit „nur stimmberechtigte“ nur Gruppen mit Stimmrecht.",
    ),
    (
        "A share of seats lies outside the range the rule allows.",
        "Ein Anteil der Sitze liegt außerhalb des Bereichs, den die Regel zulässt.",
    ),
    (
        "A share of the members has a fact (women, migration history).",
        "Ein Anteil der Mitglieder hat ein Merkmal (Frauen, Migrationsgeschichte).",
    ),
    (
        "A share with a zero denominator or a numerator above it.",
        "Ein Anteil mit dem Nenner null oder einem Zähler darüber.",
    ),
    (
        "A stable identifier chosen by the publisher (`\"koeln-integrationsrat\"`).",
        "Eine beständige Kennung, die der Herausgeber wählt („koeln-integrationsrat“).",
    ),
    ("A stable identifier.", "Eine beständige Kennung."),
    (
        "A statute that names the association (LAKA: § 10 PartIntG BW).",
        "Ein Gesetz, das den Verband nennt (LAKA: § 10 PartIntG BW).",
    ),
    (
        "A successor meeting date is given for a term that does not continue\nuntil the successor meets.",
        "Ein Sitzungstag der Nachfolger ist angegeben für eine Amtszeit, die nicht bis dahin fortdauert.",
    ),
    (
        "A term as written in a document, before validation.",
        "Eine Amtszeit, wie sie im Dokument steht, vor der Prüfung.",
    ),
    (
        "A term ends before it starts.",
        "Eine Amtszeit endet vor ihrem Beginn.",
    ),
    (
        "A term that does not follow the council's term has no constitution date.",
        "Eine Amtszeit, die nicht der Wahlperiode des Rates folgt, hat keinen Tag der Konstituierung.",
    ),
    (
        "A term with a known last day (a shortened term, a term the sources\ngive only by its end).",
        "Eine Amtszeit mit bekanntem letztem Tag (eine verkürzte Amtszeit, oder eine, die die Quellen nur mit ihrem Ende nennen).",
    ),
    (
        "A text is longer than its limit (counted in Unicode scalar values).",
        "Ein Text ist länger als erlaubt (gezählt in Unicode-Zeichen).",
    ),
    (
        "A typed reference to another document by its id.",
        "Ein typisierter Verweis auf ein anderes Dokument über dessen Kennung.",
    ),
    (
        "A validity period whose end lies before its start.",
        "Eine Geltungsdauer, deren Ende vor ihrem Beginn liegt.",
    ),
    (
        "A version of the document format.",
        "Eine Fassung des Dokumentformats.",
    ),
    ("About the value (\"rund\").", "Ungefähr („rund“)."),
    ("Absatz, if cited.", "Absatz, wenn angegeben."),
    ("Add a new group.", "Eine neue Sitzgruppe hinzufügen."),
    (
        "All matters of the municipality (alle Angelegenheiten der Gemeinde).",
        "Alle Angelegenheiten der Gemeinde.",
    ),
    (
        "Always `\"association\"`.",
        "Immer der Wert für einen Verband.",
    ),
    ("Always `\"network\"`.", "Immer der Wert für ein Netzwerk."),
    (
        "Always `\"representation_body\"`.",
        "Immer der Wert für ein Vertretungsgremium.",
    ),
    (
        "An English label (`\"Cologne Integration Council\"`).",
        "Eine englische Bezeichnung („Cologne Integration Council“).",
    ),
    ("An English label.", "Eine englische Bezeichnung."),
    (
        "An advisory board formed by council resolution or Satzung where no\nstatute prescribes one: the Bavarian Integrationsbeirat (Kaufbeuren),\nthe Baden-Württemberg kommunale Migrantenvertretung (Stuttgart's\nInternationaler Ausschuss), the Saxon Integrations- und Ausländerbeirat\n(Dresden).",
        "Ein Beirat, der durch Ratsbeschluss oder Satzung gebildet wird, wo kein Gesetz einen vorschreibt: der bayerische Integrationsbeirat (Kaufbeuren), die baden-württembergische kommunale Migrantenvertretung (Internationaler Ausschuss Stuttgart), der sächsische Integrations- und Ausländerbeirat (Dresden).",
    ),
    (
        "An advisory board of a Land government or a city-state: the Berlin\nLandesbeirat für Partizipation (§ 17 PartMigG), the Hamburg\nIntegrationsbeirat (§ 16 Verwaltungsbehördengesetz), the Bremer Rat\nfür Integration.",
        "Ein Beirat einer Landesregierung oder eines Stadtstaats: der Berliner Landesbeirat für Partizipation (§ 17 PartMigG), der Hamburger Integrationsbeirat (§ 16 Verwaltungsbehördengesetz), der Bremer Rat für Integration.",
    ),
    (
        "An advisory seat without a vote (beratend, nicht stimmberechtigt).",
        "Ein beratender Sitz ohne Stimmrecht.",
    ),
    (
        "An article, written `Art.` (Bavarian statutes, the Grundgesetz).",
        "Ein Artikel, geschrieben „Art.“ (bayerische Gesetze, das Grundgesetz).",
    ),
    ("An association document.", "Ein Verbands-Dokument."),
    (
        "An association is a member of itself, directly or through others.",
        "Ein Verband ist Mitglied seiner selbst, unmittelbar oder über andere.",
    ),
    (
        "An association of municipalities with its own council between the\nmunicipality and the county: the Verbandsgemeinde\n(Rheinland-Pfalz, Sachsen-Anhalt), the Samtgemeinde (Niedersachsen),\nthe Amt (Brandenburg, Mecklenburg-Vorpommern, Schleswig-Holstein).",
        "Ein Gemeindeverband mit eigener Vertretung zwischen Gemeinde und Kreis: die Verbandsgemeinde (Rheinland-Pfalz, Sachsen-Anhalt), die Samtgemeinde (Niedersachsen), das Amt (Brandenburg, Mecklenburg-Vorpommern, Schleswig-Holstein).",
    ),
    (
        "An association or network at Land or local level does not name its Land.",
        "Ein Verband oder Netzwerk auf Landes- oder Ortsebene nennt sein Land nicht.",
    ),
    (
        "An identifier does not match `ID_PATTERN`.",
        "Eine Kennung hat nicht die vorgeschriebene Form (Kleinbuchstaben, Ziffern, „_“, „-“, „.“).",
    ),
    ("An ordinary member.", "Ein einfaches Mitglied."),
    (
        "An umbrella association of migrant organisations (Elternnetzwerk NRW).",
        "Ein Dachverband von Migrantenorganisationen (Elternnetzwerk NRW).",
    ),
    ("Appointed by the council.", "Vom Rat berufen."),
    (
        "At least a number of seats must be filled.",
        "Mindestens eine Zahl von Sitzen muss besetzt sein.",
    ),
    (
        "At least this much (for a date: not before it).",
        "Mindestens so viel (bei einem Datum: nicht davor).",
    ),
    (
        "At most this much (for a date: not after it).",
        "Höchstens so viel (bei einem Datum: nicht danach).",
    ),
    (
        "Ausländerbeirat: the Hessian one (§§ 84–88 HGO; § 4b HKO for\nLandkreise), and the NRW one of 1994 to 2009 (§ 27 GO NRW in the\nversion of 1994).",
        "Ausländerbeirat: der hessische (§§ 84–88 HGO; § 4b HKO für Landkreise) und der nordrhein-westfälische von 1994 bis 2009 (§ 27 GO NRW in der Fassung von 1994).",
    ),
    (
        "Backed by the cited source (✅ in the facts sheet). Breaking it is a\nviolation.",
        "Von der angegebenen Quelle belegt (✅ im Faktenblatt). Wer sie verletzt, begeht einen Verstoß.",
    ),
    ("Baden-Württemberg.", "Baden-Württemberg."),
    ("Bayern (Bavaria).", "Bayern."),
    (
        "Berlin (city-state; its Bezirke are not municipalities).",
        "Berlin (Stadtstaat; seine Bezirke sind keine Gemeinden).",
    ),
    (
        "Berlin Ausschuss für Partizipation und Integration of a\nBezirksverordnetenversammlung (§ 32 BezVG).",
        "Berliner Ausschuss für Partizipation und Integration einer Bezirksverordnetenversammlung (§ 32 BezVG).",
    ),
    (
        "Binding (\"muss\", \"ist zu\", \"darf nicht\").",
        "Bindend („muss“, „ist zu“, „darf nicht“).",
    ),
    (
        "Binding unless the case is atypical (\"soll\").",
        "Bindend außer im atypischen Fall („soll“).",
    ),
    ("Brandenburg.", "Brandenburg."),
    (
        "Bremen (city-state: Bremen and Bremerhaven).",
        "Bremen (Stadtstaat: Bremen und Bremerhaven).",
    ),
    (
        "Composition, chair, term and legal basis of a body (`Rule`).",
        "Zusammensetzung, Vorsitz, Amtszeit und Rechtsgrundlage eines Gremiums.",
    ),
    (
        "Council members the council delegates from its midst\n(vom Rat aus seiner Mitte bestellte Ratsmitglieder, Bezirksverordnete).",
        "Ratsmitglieder, die der Rat aus seiner Mitte bestellt (vom Rat aus seiner Mitte bestellte Ratsmitglieder, Bezirksverordnete).",
    ),
    (
        "Count only voting seats.",
        "Nur stimmberechtigte Sitze zählen.",
    ),
    (
        "Days that must follow one another (the recorded election days of a\ncouncil term) are not in order, or one is given twice.",
        "Tage, die aufeinander folgen müssen (die erfassten Wahltage einer Wahlperiode), sind nicht in Reihenfolge, oder einer steht doppelt.",
    ),
    (
        "Delegates of institutions or organisations (welfare associations,\nmigrant organisations).",
        "Delegierte von Einrichtungen oder Organisationen (Wohlfahrtsverbände, Migrantenorganisationen).",
    ),
    (
        "Democratic outward and internally.",
        "Nach außen und innen demokratisch.",
    ),
    (
        "Documented work that proves the network (projects, partnerships).",
        "Dokumentierte Arbeit, die das Netzwerk belegt (Projekte, Partnerschaften).",
    ),
    (
        "Duties under which a later election is allowed.",
        "Grundlagen der Bildung, unter denen eine spätere Wahl zulässig ist.",
    ),
    (
        "Elected by the body from its midst (aus seiner Mitte gewählt).",
        "Vom Gremium aus seiner Mitte gewählt.",
    ),
    (
        "Elected directly by an electorate of residents (gewählte Mitglieder).",
        "Unmittelbar von wahlberechtigten Einwohnerinnen und Einwohnern gewählt (gewählte Mitglieder).",
    ),
    (
        "Elected from the members of one seat group (Dresden: the chair is a\nmigrant member, the deputy a councillor).",
        "Aus den Mitgliedern einer Sitzgruppe gewählt (Dresden: Vorsitz ein Mitglied mit Migrationsgeschichte, Stellvertretung ein Stadtrat).",
    ),
    ("English.", "Englisch."),
    (
        "Every broken \"muss\" rule, statutory and local.",
        "Jede verletzte Muss-Regel, gesetzlich und örtlich.",
    ),
    (
        "Every broken \"soll\" rule (`should`): binding unless the\ncase is atypical, which the municipality must be able to justify.",
        "Jede verletzte Soll-Regel: bindend außer im atypischen Fall, den die Gemeinde begründen können muss.",
    ),
    (
        "Every seat group must be of an allowed kind.",
        "Jede Sitzgruppe muss von einer zulässigen Art sein.",
    ),
    (
        "Every seat held by a member of the council: the council-delegated\nseats and seats whose holders are council members in another role\n(`held_by_council_members`).",
        "Jeder Sitz, den ein Ratsmitglied innehat: die vom Rat entsandten Sitze und Sitze, deren Inhaber in anderer Rolle Ratsmitglieder sind.",
    ),
    ("Every seat.", "Jeder Sitz."),
    ("Exactly the value.", "Genau der Wert."),
    ("Exactly this much.", "Genau so viel."),
    (
        "First day in force (inclusive).",
        "Erster Tag der Geltung (einschließlich).",
    ),
    (
        "First day no longer in force (exclusive).",
        "Erster Tag, an dem sie nicht mehr gilt (ausschließlich).",
    ),
    (
        "First day of the membership.",
        "Erster Tag der Mitgliedschaft.",
    ),
    (
        "For composition rules: the check and the code its violation carries.",
        "Bei Regeln zur Zusammensetzung: die Prüfung und der Code, den ihr Verstoß trägt.",
    ),
    (
        "For notes: what the note reports.",
        "Bei Hinweisen: worauf der Hinweis hinweist.",
    ),
    (
        "For rules not checked: what the document lacks.",
        "Bei nicht geprüften Regeln: was dem Dokument fehlt.",
    ),
    (
        "From how many countries of origin its members come.",
        "Aus wie vielen Herkunftsländern seine Mitglieder kommen.",
    ),
    ("German.", "Deutsch."),
    (
        "Give an existing group more seats.",
        "Einer vorhandenen Sitzgruppe mehr Sitze geben.",
    ),
    ("Hamburg (city-state).", "Hamburg (Stadtstaat)."),
    (
        "Held by an office (the mayor chairs; the integration commissioner is\ndeputy).",
        "Kraft eines Amtes besetzt (der Bürgermeister führt den Vorsitz; die Integrationsbeauftragte ist Stellvertreterin).",
    ),
    ("Hessen (Hesse).", "Hessen."),
    (
        "Hessian Integrations-Kommission (§ 89 HGO).",
        "Hessische Integrations-Kommission (§ 89 HGO).",
    ),
    (
        "How a chair (or the deputies) is chosen.\n\nSerialized with a `method` tag: `{\"method\": \"elected_from_members\"}`.\nVariants without data are written `ElectedFromMembers {}` so that unknown\nkeys next to the tag are rejected like everywhere else.",
        "Wie der Vorsitz (oder die Stellvertretung) bestimmt wird.\n\nGeschrieben mit einem Feld „method“, das das Verfahren nennt. Varianten ohne Daten werden als Objekt ohne weitere Felder geschrieben, damit unbekannte Schlüssel wie überall abgelehnt werden.",
    ),
    (
        "How binding a rule is, in the terms of German administrative law.\n\nA breached `must` rule is a violation. A breached\n`should` rule is a warning: \"soll\" binds unless the case is\natypical, which only the municipality can judge.",
        "Wie bindend eine Regel ist, in den Begriffen des deutschen Verwaltungsrechts.\n\nEine verletzte Muss-Regel ist ein Verstoß, eine verletzte Soll-Regel eine Warnung: „soll“ bindet außer im atypischen Fall, den nur die Gemeinde beurteilen kann.",
    ),
    (
        "How binding it is: \"muss\", \"soll\" or \"kann\" (for establishment rules,\nthe strength of the duty).",
        "Wie bindend: „muss“, „soll“ oder „kann“ (bei Regeln zur Bildung: wie stark die Pflicht ist).",
    ),
    (
        "How binding the organ's duty is (\"muss\" unless said otherwise).",
        "Wie bindend die Pflicht des Organs ist („muss“, wenn nichts anderes gesagt ist).",
    ),
    (
        "How exactly a count is known.",
        "Wie genau eine Anzahl bekannt ist.",
    ),
    ("How exactly it is known.", "Wie genau sie bekannt ist."),
    (
        "How its seats are filled.",
        "Wie seine Sitze besetzt werden.",
    ),
    (
        "How long a term lasts.\n\nSerialized with a `kind` tag, e.g.\n`{\"kind\": \"council_term\", \"council_elected_on\": \"2020-09-13\"}`.",
        "Wie lange eine Amtszeit dauert.\n\nGeschrieben mit einem Feld „kind“, das die Art der Dauer nennt, neben deren Angaben (etwa dem Wahltag des Rates).",
    ),
    ("How long the term lasts.", "Wie lange die Amtszeit dauert."),
    (
        "How many deputy chairs there are, if the document says\n(Köln: 5).",
        "Wie viele Stellvertretungen im Vorsitz es gibt, wenn das Dokument es sagt (Köln: 5).",
    ),
    (
        "How many meetings a year the body holds (as its rules of procedure\nfix or as it met in the last year), if the document says.",
        "Wie oft das Gremium im Jahr tagt (wie seine Geschäftsordnung es festlegt oder wie es im letzten Jahr tagte), wenn das Dokument es sagt.",
    ),
    (
        "How many member organisations it has, as the sources say.",
        "Wie viele Mitgliedsorganisationen es hat, nach den Quellen.",
    ),
    (
        "How many member organisations there are.",
        "Wie viele Mitgliedsorganisationen es gibt.",
    ),
    (
        "How many of the members are women, where the document says (for\n\"soll\" rules such as § 89 Abs. 1 S. 5 HGO). At most the filled seats.",
        "Wie viele der Mitglieder Frauen sind, wenn das Dokument es sagt (für Soll-Regeln wie § 89 Abs. 1 S. 5 HGO). Höchstens die besetzten Sitze.",
    ),
    (
        "How many of the members have a migration history, where the document\nsays (for \"soll\" rules such as § 32 Abs. 2 BezVG). At most the filled\nseats.",
        "Wie viele der Mitglieder eine Migrationsgeschichte haben, wenn das Dokument es sagt (für Soll-Regeln wie § 32 Abs. 2 BezVG). Höchstens die besetzten Sitze.",
    ),
    (
        "How many offices (Geschäftsstellen) it runs.",
        "Wie viele Geschäftsstellen es unterhält.",
    ),
    (
        "How many organs the network has (board, assembly, …).",
        "Wie viele Organe das Netzwerk hat (Vorstand, Versammlung, …).",
    ),
    (
        "How many seats are filled, when fewer than `seats` (Lüdenscheid 2025:\n6 of 8 elected seats). Absent means all.",
        "Wie viele Sitze besetzt sind, wenn es weniger als die Sitze sind (Lüdenscheid 2025: 6 von 8 gewählten Sitzen). Fehlt die Angabe, sind alle besetzt.",
    ),
    ("How many seats fewer.", "Wie viele Sitze weniger."),
    ("How many seats it has.", "Wie viele Sitze es hat."),
    ("How many seats more.", "Wie viele Sitze mehr."),
    ("How many seats move.", "Wie viele Sitze wechseln."),
    (
        "How many seats the group has (at least 1).",
        "Wie viele Sitze die Gruppe hat (mindestens 1).",
    ),
    (
        "How many staff members (Mitarbeiter*innen) it has.",
        "Wie viele Mitarbeiterinnen und Mitarbeiter es hat.",
    ),
    (
        "How much a finding weighs.\n\nGerman administrative law distinguishes \"muss\" (binding), \"soll\"\n(binding unless the case is atypical) and \"kann\" (a choice).",
        "Wie schwer ein Befund wiegt.\n\nDas deutsche Verwaltungsrecht unterscheidet „muss“ (bindend), „soll“ (bindend außer im atypischen Fall) und „kann“ (eine Wahl).",
    ),
    (
        "How much it weighs: `violation` (a broken \"muss\" rule or structural\nrule), `warning` (a broken \"soll\" rule) or `note`.",
        "Wie schwer er wiegt: Verstoß (eine verletzte Muss- oder Formregel), Warnung (eine verletzte Soll-Regel) oder Hinweis.",
    ),
    (
        "How strong a duty to form a body is.",
        "Wie stark eine Pflicht ist, ein Gremium zu bilden.",
    ),
    (
        "How sure the crate is of a rule.",
        "Wie sicher sich die Bibliothek einer Regel ist.",
    ),
    (
        "How sure the crate is of it.",
        "Wie sicher sich die Bibliothek ist.",
    ),
    (
        "How the chair is chosen, if the document says.",
        "Wie der Vorsitz bestimmt wird, wenn das Dokument es sagt.",
    ),
    (
        "How the deputy chairs are chosen, if the document says.",
        "Wie die Stellvertretung im Vorsitz bestimmt wird, wenn das Dokument es sagt.",
    ),
    ("How the seats are filled.", "Wie die Sitze besetzt werden."),
    (
        "How the seats of a group are filled.",
        "Wie die Sitze einer Gruppe besetzt werden.",
    ),
    (
        "Identifier, unique within the body (see `ID_PATTERN`).",
        "Kennung, eindeutig im Gremium (Kleinbuchstaben, Ziffern, „_“, „-“, „.“).",
    ),
    (
        "Identifier, unique within the document.",
        "Kennung, eindeutig im Dokument.",
    ),
    (
        "Important matters that concern the group.",
        "Wichtige Angelegenheiten, die die Gruppe betreffen.",
    ),
    (
        "Independent of governments and parties of the countries of origin.",
        "Unabhängig von Regierungen und Parteien der Herkunftsländer.",
    ),
    (
        "Its fields of work (Kompetenzfelder).",
        "Seine Arbeitsfelder (Kompetenzfelder).",
    ),
    (
        "Its member organisations.",
        "Seine Mitgliedsorganisationen.",
    ),
    (
        "Its members that are documents of this crate (a state association's\nmunicipal bodies, the federal association's state associations);\n`Registry` resolves them.",
        "Seine Mitglieder, die selbst Dokumente dieser Bibliothek sind (die kommunalen Gremien eines Landesverbands, die Landesverbände des Bundesverbands); das Verzeichnis löst sie auf.",
    ),
    (
        "Its seats are counted in the actual value (the majority, the part,\nthe seats counted).",
        "Seine Sitze zählen zum tatsächlichen Wert (die Mehrheit, der Teil, die gezählten Sitze).",
    ),
    (
        "Its seats are what the actual value is compared with (the seats to\nbe outnumbered, the rest of the whole).",
        "Seine Sitze sind das, womit der tatsächliche Wert verglichen wird (die zu überwiegenden Sitze, der Rest des Ganzen).",
    ),
    ("Its seats.", "Seine Sitze."),
    ("Its term, if known.", "Seine Amtszeit, wenn bekannt."),
    ("Its title.", "Sein Titel."),
    (
        "Last day of the membership.",
        "Letzter Tag der Mitgliedschaft.",
    ),
    (
        "Lokale Initiative: non-binding cooperation across origins.",
        "Lokale Initiative: unverbindliche herkunftsübergreifende Zusammenarbeit.",
    ),
    (
        "Lokaler Verbund: proven through its work, with functioning organs,\ncontact persons, offices and staff.",
        "Lokaler Verbund: durch seine Arbeit belegt, mit arbeitsfähigen Organen, Ansprechpersonen, Geschäftsstellen und Personal.",
    ),
    (
        "Lokales Netzwerk: binding cooperation with regular meetings and\nresolutions, organs and contact persons.",
        "Lokales Netzwerk: verbindliche Zusammenarbeit mit regelmäßigen Sitzungen und Beschlüssen, Organen und Ansprechpersonen.",
    ),
    (
        "Machine-readable kind of a violation.\n\nThe serialized snake_case string is public API: a code is never renamed or\nreused. Adding a code is a minor change. Which *legal* rule was broken is\ntold by the finding's `rule` and `citation`; the code says what\nkind of check failed, so that one code serves every Land.",
        "Maschinenlesbare Art eines Befunds.\n\nDer geschriebene Code ist beständig: Er wird nie umbenannt oder wiederverwendet; neue Codes können hinzukommen. Welche Rechtsregel verletzt ist, sagen die Regel und die Fundstelle des Befunds; der Code sagt, welche Art von Prüfung fehlschlug, sodass ein Code für jedes Land gilt.",
    ),
    (
        "Matters that concern the group the body represents.",
        "Angelegenheiten, die die Gruppe betreffen, die das Gremium vertritt.",
    ),
    (
        "Matters the council delegates to the body.",
        "Angelegenheiten, die der Rat dem Gremium überträgt.",
    ),
    ("May be formed (kann).", "Kann gebildet werden."),
    ("Mecklenburg-Vorpommern.", "Mecklenburg-Vorpommern."),
    (
        "Members by virtue of an office (kraft Amtes): the mayor, the\nintegration commissioner.",
        "Mitglieder kraft Amtes: der Bürgermeister, die Integrationsbeauftragte.",
    ),
    (
        "More members hold seats of a group on the date than it has seats.",
        "Am Stichtag haben mehr Mitglieder Sitze einer Gruppe, als sie Sitze hat.",
    ),
    (
        "More seats are recorded as filled than the group has.",
        "Mehr Sitze sind als besetzt angegeben, als die Gruppe hat.",
    ),
    (
        "More than the value (\"über\").",
        "Mehr als der Wert („über“).",
    ),
    ("More than this.", "Mehr als dies."),
    (
        "Move seats from one existing group to another (\"ein Sitz wechselt\nvon … zu …\"): as many seats fewer for `from` as more for `to`. A\nmove of one seat changes two seats.",
        "Sitze von einer vorhandenen Sitzgruppe zu einer anderen verlegen („ein Sitz wechselt von … zu …“): so viele Sitze weniger für die abgebende wie mehr für die aufnehmende Gruppe. Ein Sitz, der wechselt, ändert zwei Sitze.",
    ),
    (
        "Must be formed (ist zu bilden).",
        "Muss gebildet werden (ist zu bilden).",
    ),
    (
        "Must be formed when enough residents apply (NRW: 200 signatures).",
        "Muss gebildet werden, wenn genug Einwohnerinnen und Einwohner es beantragen (NRW: 200 Unterschriften).",
    ),
    (
        "NRW Integrationsausschuss (§ 27 Abs. 12 GO NRW): a council committee\nformed instead of an Integrationsrat, which may seat sachkundige Bürger.",
        "NRW-Integrationsausschuss (§ 27 Abs. 12 GO NRW): ein Ausschuss des Rates, gebildet statt eines Integrationsrats, in den sachkundige Bürger gewählt werden können.",
    ),
    (
        "NRW Integrationsrat (§ 27 GO NRW): directly elected members plus\ncouncil members the council delegates from its midst.",
        "NRW-Integrationsrat (§ 27 GO NRW): direkt gewählte Mitglieder und Ratsmitglieder, die der Rat aus seiner Mitte bestellt.",
    ),
    (
        "Neutral in party politics (parteipolitisch neutral).",
        "Parteipolitisch neutral.",
    ),
    ("Niedersachsen (Lower Saxony).", "Niedersachsen."),
    (
        "No statute sets rules; the body rests on a council resolution or a\nSatzung under the general powers cited in `basis`.",
        "Kein Gesetz regelt das Gremium; es beruht auf einem Ratsbeschluss oder einer Satzung nach den allgemeinen Befugnissen, die die Regelung nennt.",
    ),
    (
        "Nordrhein-Westfalen (North Rhine-Westphalia).",
        "Nordrhein-Westfalen.",
    ),
    (
        "Not an 8-digit Amtlicher Gemeindeschlüssel with a Land key 01–16.",
        "Kein 8-stelliger Amtlicher Gemeindeschlüssel mit einem Landesschlüssel 01–16.",
    ),
    ("Nummer, if cited.", "Nummer, wenn angegeben."),
    (
        "Official recognitions (`\"anerkannter Elternverband\"`).",
        "Amtliche Anerkennungen („anerkannter Elternverband“).",
    ),
    (
        "On what a body rests in law.\n\nSerialized with a `kind` tag: `{\"kind\": \"statute\", \"citation\": {…}}`.",
        "Worauf ein Gremium rechtlich beruht.\n\nGeschrieben mit einem Feld „kind“: {\"kind\": \"statute\", \"citation\": {…}}.",
    ),
    ("On what it rests in law.", "Worauf es rechtlich beruht."),
    (
        "One change to the seat plan.",
        "Eine Änderung des Sitzplans.",
    ),
    (
        "One figure of a finding: a number with its unit, a share, or a date.\n\nSerialised with the unit as the key: `{\"seats\": 5}`,\n`{\"share\": {\"part\": 5, \"whole\": 18}}`, `{\"date\": \"2020-10-31\"}`.",
        "Eine Zahl eines Befunds: eine Anzahl mit ihrer Einheit, ein Anteil oder ein Datum.\n\nGeschrieben mit der Einheit als Schlüssel: {\"seats\": 5}, {\"share\": {\"part\": 5, \"whole\": 18}}, {\"date\": \"2020-10-31\"}.",
    ),
    (
        "One finding of a check: a violation (a broken \"muss\" rule or structural rule), a warning (a broken \"soll\" rule) or a note (a rule not checked, or an unverified rule not met). Carries a stable code, a JSON Pointer, the rule id, the citation as structure and as text, the figures as data, the smallest fix where the seat plan can meet the rule, and the message in German and English.",
        "Ein Befund einer Prüfung: ein Verstoß (eine verletzte Muss- oder Formregel), eine Warnung (eine verletzte Soll-Regel) oder ein Hinweis (eine nicht geprüfte Regel oder eine nicht erfüllte ungeprüfte Regel). Mit beständigem Code, JSON-Pointer, Regelkennung, Fundstelle als Struktur und als Text, den Zahlen als Daten, der kleinsten Abhilfe, wo der Sitzplan die Regel erfüllen kann, und der Meldung auf Deutsch und Englisch.",
    ),
    (
        "One group of seats must outnumber another and does not.",
        "Eine Gruppe von Sitzen muss eine andere überwiegen und tut es nicht.",
    ),
    (
        "One membership in the roster.",
        "Eine Mitgliedschaft in der Mitgliederliste.",
    ),
    (
        "One person holds two voting memberships at the same time.",
        "Eine Person hat zur selben Zeit zwei stimmberechtigte Mitgliedschaften.",
    ),
    (
        "One proposal that makes the body lawful: the smallest change to the\nseat plan, across all seat groups, after which every verified \"muss\"\nrule of the seat plan in force on the day passes, statutory and local\ntogether (seat counts, shares, majorities, groups allowed). A clerk\nwrites one Beschlussvorschlag, not one per finding.\n\nThe seat plan is the number of seats of each seat group; a group may\nlose all its seats (it is removed), and a new group may be added where\na rule needs seats of a kind the body lacks. The size of a plan is the\nnumber of seats changed: the sum over the groups of the seats each\ngains or loses, so that one seat moved from one group to another\nchanges two. Among the plans of the smallest size, the proposal leaves\nthe fewest \"soll\" rules unmet, then touches the fewest groups, then\nchanges the total number of seats least. A group the chair, the\ndeputies or the roster refer to keeps at least one seat, unless a rule\nforbids its kind.\n\nThe checker attaches a proposal to a `Report` only when a seat\nrule is broken; when only \"soll\" rules are, the proposal meets them\ntoo. Rules about the members behind the seats (filled seats, women,\nmigration history) are not the seat plan's to change: the proposal\nkeeps them met where the body meets them, and names them in\n`unmet` where it cannot. Unverified rules are left aside.",
        "Ein Vorschlag, der das Gremium rechtmäßig macht: die kleinste Änderung der Sitzverteilung über alle Sitzgruppen hinweg, nach der jede bestätigte Muss-Regel der Sitzverteilung erfüllt ist, die an dem Tag gilt, gesetzliche und örtliche zusammen (Sitzzahlen, Anteile, Mehrheiten, zulässige Gruppen). Eine Verwaltung schreibt einen Beschlussvorschlag, nicht einen je Feststellung.\n\nDie Sitzverteilung ist die Zahl der Sitze jeder Sitzgruppe; eine Gruppe kann alle Sitze verlieren (sie entfällt), und eine neue Gruppe kann hinzukommen, wo eine Regel Sitze einer Art verlangt, die dem Gremium fehlt. Die Größe eines Vorschlags ist die Zahl der geänderten Sitze: die Summe der Sitze, die jede Gruppe gewinnt oder verliert, sodass ein Sitz, der von einer Gruppe zu einer anderen wechselt, zwei ändert. Unter den Vorschlägen kleinster Größe lässt der Vorschlag die wenigsten Soll-Regeln unerfüllt, ändert dann die wenigsten Gruppen und dann die Gesamtzahl der Sitze am wenigsten. Eine Gruppe, auf die Vorsitz, Stellvertretung oder Mitgliederliste verweisen, behält mindestens einen Sitz, es sei denn, eine Regel lässt ihre Art nicht zu.\n\nDie Prüfung fügt einem Bericht nur dann einen Vorschlag bei, wenn eine Sitzregel verletzt ist; sind nur Soll-Regeln verletzt, erfüllt der Vorschlag auch sie. Regeln über die Mitglieder hinter den Sitzen (besetzte Sitze, Frauen, Migrationsgeschichte) kann die Sitzverteilung nicht ändern: Der Vorschlag hält sie erfüllt, wo das Gremium sie erfüllt, und nennt sie unter den unerfüllten Regeln, wo er es nicht kann. Nicht bestätigte Regeln bleiben außer Betracht.",
    ),
    (
        "One seat plan: the changes made together, and what they cost.",
        "Eine Sitzverteilung: die zusammen vorzunehmenden Änderungen und was sie kosten.",
    ),
    (
        "One way to meet the rule: changes made together.",
        "Ein Weg, die Regel zu erfüllen: Änderungen, die zusammen gelten.",
    ),
    (
        "Oriented to participation in municipal affairs in Germany.",
        "Auf Teilhabe an kommunalen Angelegenheiten in Deutschland ausgerichtet.",
    ),
    ("Paragraph or article.", "Paragraf oder Artikel."),
    (
        "Participation rights the body's Satzung or a council resolution\ngrants (Dresden: Anhörungs- und Rederecht), each with its citation.",
        "Beteiligungsrechte, die die Satzung des Gremiums oder ein Ratsbeschluss gewährt (Dresden: Anhörungs- und Rederecht), jedes mit seiner Fundstelle.",
    ),
    (
        "Permitted, not required (\"kann\").",
        "Zulässig, nicht vorgeschrieben („kann“).",
    ),
    (
        "Persons appointed or co-opted by the council or administration:\nsachkundige Einwohner/Bürger, Fachkräfte, berufene Mitglieder,\nBürgerdeputierte.",
        "Vom Rat oder der Verwaltung berufene oder hinzugewählte Personen: sachkundige Einwohner/Bürger, Fachkräfte, berufene Mitglieder, Bürgerdeputierte.",
    ),
    (
        "Provisions read together with this one (\"in Verbindung mit\"), in order:\n`§ 27 Abs. 12 GO NRW i. V. m. § 58 Abs. 3 GO NRW`.",
        "Vorschriften, die mit dieser zusammen zu lesen sind („in Verbindung mit“), in Reihenfolge: § 27 Abs. 12 GO NRW i. V. m. § 58 Abs. 3 GO NRW.",
    ),
    (
        "Questions the council, a committee or the mayor put to the body.",
        "Fragen, die der Rat, ein Ausschuss oder der Bürgermeister dem Gremium vorlegt.",
    ),
    (
        "Rheinland-Pfalz (Rhineland-Palatinate).",
        "Rheinland-Pfalz.",
    ),
    (
        "Rhineland-Palatinate Beirat für Migration und Integration (§ 56 GemO;\n§ 49a LKO for Landkreise).",
        "Rheinland-pfälzischer Beirat für Migration und Integration (§ 56 GemO; § 49a LKO für Landkreise).",
    ),
    (
        "Rules of local law (Hauptsatzung, resolution) the body must also meet,\neach with its citation.",
        "Regeln des Ortsrechts (Hauptsatzung, Beschluss), die das Gremium auch erfüllen muss, jede mit ihrer Fundstelle.",
    ),
    (
        "Rules that could not be applied (missing data) and unverified rules\nthe body does not meet.",
        "Regeln, die nicht angewandt werden konnten (fehlende Angaben), und ungeprüfte Regeln, die das Gremium nicht erfüllt.",
    ),
    (
        "Rules the plan leaves unmet although the body could meet them:\n\"soll\" rules that no plan of this size meets together with every\n\"muss\" rule, and rules about the members behind the seats (filled\nseats, members' facts) the body meets now and would no longer meet.",
        "Regeln, die der Vorschlag unerfüllt lässt, obwohl das Gremium sie erfüllen könnte: Soll-Regeln, die kein Vorschlag dieser Größe zugleich mit allen Muss-Regeln erfüllt, und Regeln über die Mitglieder hinter den Sitzen (besetzte Sitze, Merkmale der Mitglieder), die das Gremium jetzt erfüllt und danach nicht mehr erfüllen würde.",
    ),
    (
        "Saarland Integrationsbeirat (§ 50 KSVG): two thirds elected, one\nthird sent by the council.",
        "Saarländischer Integrationsbeirat (§ 50 KSVG): zwei Drittel gewählt, ein Drittel vom Rat entsandt.",
    ),
    ("Saarland.", "Saarland."),
    ("Sachsen (Saxony).", "Sachsen."),
    ("Sachsen-Anhalt (Saxony-Anhalt).", "Sachsen-Anhalt."),
    ("Satz, if cited.", "Satz, wenn angegeben."),
    ("Schleswig-Holstein.", "Schleswig-Holstein."),
    (
        "Seats filled by `administration_staff`.",
        "Sitze, die Verwaltungsmitarbeitende besetzen.",
    ),
    (
        "Seats filled by `appointed`.",
        "Sitze, die berufene Personen besetzen.",
    ),
    (
        "Seats filled by `council_delegated`.",
        "Sitze, die vom Rat entsandte Ratsmitglieder besetzen.",
    ),
    (
        "Seats filled by `delegated_by_organisation`.",
        "Sitze, die von Organisationen entsandte Personen besetzen.",
    ),
    (
        "Seats filled by `directly_elected`.",
        "Sitze, die direkt Gewählte besetzen.",
    ),
    (
        "Seats filled by `ex_officio`.",
        "Sitze, die Mitglieder kraft Amtes besetzen.",
    ),
    ("Secular (säkular).", "Weltanschaulich neutral (säkular)."),
    (
        "See `administrative_decision`.",
        "Eine Verwaltungsentscheidung.",
    ),
    ("See `appointed_by_council`.", "Vom Rat berufen."),
    (
        "See `co_chairs`.",
        "Doppelspitze: ein Amtsinhaber und ein von einer Sitzgruppe gewähltes Mitglied.",
    ),
    ("See `council_resolution`.", "Ein Ratsbeschluss."),
    (
        "See `elected_from_group`.",
        "Aus den Mitgliedern einer Sitzgruppe gewählt.",
    ),
    (
        "See `elected_from_members`.",
        "Vom Gremium aus seiner Mitte gewählt.",
    ),
    ("See `ex_officio`.", "Kraft eines Amtes."),
    ("See `satzung`.", "Eine Satzung."),
    ("See `statute`.", "Ein Gesetz."),
    ("Should be formed (soll).", "Soll gebildet werden."),
    (
        "Some seats must make up a share of others.",
        "Bestimmte Sitze müssen einen Anteil anderer ausmachen.",
    ),
    (
        "Some seats must outnumber others.",
        "Bestimmte Sitze müssen andere überwiegen.",
    ),
    (
        "Sources disagree, or only a secondary source or local practice backs\nit (⚠️/❓). Breaking it yields a note (`Finding` of severity note), never a violation.",
        "Die Quellen widersprechen sich, oder nur eine Sekundärquelle oder örtliche Praxis belegt die Regel (⚠️/❓). Wer sie verletzt, erhält einen Hinweis, nie einen Verstoß.",
    ),
    (
        "Staff of the municipal administration (Verwaltung, Geschäftsstelle).",
        "Mitarbeitende der Gemeindeverwaltung (Verwaltung, Geschäftsstelle).",
    ),
    ("Statute or local law only.", "Gesetz oder nur Ortsrecht."),
    (
        "Take seats from an existing group; all of its seats: remove it.",
        "Einer vorhandenen Gruppe Sitze nehmen; alle ihre Sitze: sie streichen.",
    ),
    (
        "The Amtlicher Gemeindeschlüssel, if given.",
        "Der Amtliche Gemeindeschlüssel, wenn angegeben.",
    ),
    (
        "The Land key of the AGS does not match `jurisdiction.land`.",
        "Der Landesschlüssel des AGS passt nicht zum angegebenen Land.",
    ),
    ("The Land.", "Das Land."),
    (
        "The Land; absent only at federal level.",
        "Das Land; fehlt nur auf Bundesebene.",
    ),
    (
        "The `schema_version` of the document is not one this crate reads.",
        "Die Schemaversion des Dokuments ist keine, die diese Bibliothek liest.",
    ),
    (
        "The area (`\"Dortmund\"`), for local networks.",
        "Das Gebiet („Dortmund“), bei lokalen Netzwerken.",
    ),
    (
        "The body breaks a rule the crate records as unverified.",
        "Das Gremium verletzt eine Regel, die die Bibliothek als ungeprüft führt.",
    ),
    (
        "The body has more seats in total than `MAX_TOTAL_SEATS`.",
        "Das Gremium hat insgesamt mehr Sitze als erlaubt.",
    ),
    (
        "The body meets a number of times a year.",
        "Das Gremium tagt eine Zahl von Malen im Jahr.",
    ),
    (
        "The body meets less often than the rule requires.",
        "Das Gremium tagt seltener, als die Regel verlangt.",
    ),
    (
        "The body type is not permitted while the rule is in force.",
        "Die Art des Gremiums ist nicht zulässig, solange die Regel gilt.",
    ),
    (
        "The body type was not permitted in the Land on the date checked.",
        "Die Art des Gremiums war im Land am Prüftag nicht zulässig.",
    ),
    ("The body type.", "Die Art des Gremiums."),
    (
        "The body types it applies to.",
        "Die Arten von Gremien, für die sie gilt.",
    ),
    ("The chair (Vorsitz).", "Der Vorsitz."),
    (
        "The chair must be chosen by an allowed method.",
        "Der Vorsitz muss auf zulässige Weise bestimmt werden.",
    ),
    (
        "The changes, as a clerk would make them: seats that move from one\ngroup to another, then seats added, seats taken away (all of a\ngroup's seats: the group is removed) and new groups.",
        "Die Änderungen, wie eine Verwaltung sie vornähme: Sitze, die von einer Gruppe zu einer anderen wechseln, dann hinzukommende Sitze, wegfallende Sitze (alle Sitze einer Gruppe: die Gruppe entfällt) und neue Gruppen.",
    ),
    ("The changes.", "Die Änderungen."),
    (
        "The characteristics the federal association asks of a Verbund.",
        "Die Merkmale, die der Bundesverband von einem Verbund verlangt.",
    ),
    (
        "The check of a composition rule in the catalogue.",
        "Die Prüfung einer Regel zur Zusammensetzung im Katalog.",
    ),
    ("The check.", "Die Prüfung."),
    (
        "The citation as text (`\"§ 27 Abs. 1 GO NRW\"`).",
        "Die Fundstelle als Text („§ 27 Abs. 1 GO NRW“).",
    ),
    (
        "The classes; a group is selected if it belongs to any of them.",
        "Die Sitzarten; eine Gruppe ist ausgewählt, wenn sie zu einer davon gehört.",
    ),
    (
        "The code a violation carries.",
        "Der Code, den ein Verstoß trägt.",
    ),
    (
        "The council (Rat, Gemeindevertretung, Stadtverordnetenversammlung,\nKreistag).",
        "Die Vertretung (Rat, Gemeindevertretung, Stadtverordnetenversammlung, Kreistag).",
    ),
    (
        "The council's committees (Ausschüsse).",
        "Die Ausschüsse des Rates.",
    ),
    (
        "The countries or regions of origin represented, if recorded.",
        "Die vertretenen Herkunftsländer oder -regionen, wenn erfasst.",
    ),
    (
        "The date the law was applied for.",
        "Der Tag, für den das Recht angewandt wurde.",
    ),
    (
        "The day of the constituent meeting. Required unless the term follows\nthe council term, where it defaults to the start of the Wahlperiode.",
        "Der Tag der konstituierenden Sitzung. Erforderlich, außer die Amtszeit folgt der Wahlperiode des Rates; dann ist es der Beginn der Wahlperiode.",
    ),
    (
        "The day of the council election that opened the Wahlperiode.",
        "Der Tag der Kommunalwahl, mit der die Wahlperiode begann.",
    ),
    (
        "The day the members were elected, for a body with elected members.",
        "Der Tag, an dem die Mitglieder gewählt wurden, bei einem Gremium mit gewählten Mitgliedern.",
    ),
    (
        "The day the successor body first met, once known.",
        "Der Tag der ersten Sitzung des Nachfolgegremiums, sobald bekannt.",
    ),
    (
        "The denominator (at least 1).",
        "Der Nenner (mindestens 1).",
    ),
    (
        "The deputy chairs must be chosen by an allowed method.",
        "Die Stellvertretung im Vorsitz muss auf zulässige Weise bestimmt werden.",
    ),
    (
        "The document does not say how many members are women.",
        "Das Dokument sagt nicht, wie viele Mitglieder Frauen sind.",
    ),
    (
        "The document does not say how many members have a migration history.",
        "Das Dokument sagt nicht, wie viele Mitglieder eine Migrationsgeschichte haben.",
    ),
    (
        "The document does not say how often the body meets.",
        "Das Dokument sagt nicht, wie oft das Gremium tagt.",
    ),
    (
        "The document does not say how the chair is chosen.",
        "Das Dokument sagt nicht, wie der Vorsitz bestimmt wird.",
    ),
    (
        "The document does not say how the deputy chairs are chosen.",
        "Das Dokument sagt nicht, wie die Stellvertretung im Vorsitz bestimmt wird.",
    ),
    (
        "The document format version.",
        "Die Fassung des Dokumentformats.",
    ),
    (
        "The document format version; this crate reads\n`SCHEMA_VERSION`.",
        "Die Fassung des Dokumentformats; diese Bibliothek liest Fassung 1.",
    ),
    (
        "The document gives no election day or the Land has no recorded\ncouncil term to compare it with.",
        "Das Dokument nennt keinen Wahltag, oder für das Land ist keine Wahlperiode des Rates hinterlegt, mit der er zu vergleichen wäre.",
    ),
    (
        "The document gives no term.",
        "Das Dokument nennt keine Amtszeit.",
    ),
    (
        "The document's own words for a seat group a fix names.",
        "Die Worte des Dokuments für eine Sitzgruppe, die eine Abhilfe nennt.",
    ),
    (
        "The duty to establish a body (`EstablishmentRule`).",
        "Die Pflicht, ein Gremium zu bilden.",
    ),
    (
        "The duty under which the body was formed, if the document says (NRW:\na body formed on request or voluntarily may be elected later than\nthe council).",
        "Die Grundlage, auf der das Gremium gebildet wurde, wenn das Dokument sie nennt (NRW: Ein auf Antrag oder freiwillig gebildetes Gremium darf später als der Rat gewählt werden).",
    ),
    (
        "The evidence a network's documents record.",
        "Die Nachweise, die die Dokumente eines Netzwerks festhalten.",
    ),
    (
        "The evidence does not support the maturity stage a network claims.",
        "Die Nachweise tragen die Entwicklungsstufe nicht, die ein Netzwerk angibt.",
    ),
    (
        "The evidence of its maturity.",
        "Die Nachweise seiner Entwicklung.",
    ),
    ("The fact counted.", "Das gezählte Merkmal."),
    ("The federation as a whole.", "Der Verbund als Ganzes."),
    (
        "The figures of a finding, as data: what was found, what is required,\nand the seat groups involved. Empty parts are left out when serialised.",
        "Die Zahlen eines Befunds als Daten: was gefunden wurde, was verlangt ist, und die beteiligten Sitzgruppen. Leere Teile werden nicht geschrieben.",
    ),
    (
        "The figures: actual and required values, the seat groups involved.",
        "Die Zahlen: tatsächliche und verlangte Werte, die beteiligten Sitzgruppen.",
    ),
    (
        "The founding year disagrees with the founding date, or lies outside\nthe supported range.",
        "Das Gründungsjahr widerspricht dem Gründungstag oder liegt außerhalb des unterstützten Zeitraums.",
    ),
    ("The greatest number allowed.", "Die größte zulässige Zahl."),
    (
        "The greatest share allowed.",
        "Der größte zulässige Anteil.",
    ),
    (
        "The group itself breaks the rule (a kind the rule does not allow, a\ngroup over its seats).",
        "Die Gruppe selbst verletzt die Regel (eine unzulässige Art, eine Gruppe über ihren Sitzen).",
    ),
    ("The group that gets them.", "Die Gruppe, die sie erhält."),
    (
        "The group that gives up the seats.",
        "Die Gruppe, die die Sitze abgibt.",
    ),
    (
        "The group's id in the document.",
        "Die Kennung der Gruppe im Dokument.",
    ),
    (
        "The group's label in the document.",
        "Die Bezeichnung der Gruppe im Dokument.",
    ),
    ("The group's seats.", "Die Sitze der Gruppe."),
    (
        "The group, list or organisation the member sits for (a list, a\nparliamentary group, an association).",
        "Die Gruppe, Liste oder Organisation, für die das Mitglied sitzt (eine Liste, eine Fraktion, ein Verband).",
    ),
    ("The group.", "Die Gruppe."),
    ("The groups allowed.", "Die zulässigen Gruppen."),
    (
        "The holders are council members in another role (Kaufbeuren: the\nIntegrationsbeauftragte is chosen by the council from its members).\nImplied for `council_delegated`.",
        "Die Inhaber sind in anderer Rolle Ratsmitglieder (Kaufbeuren: Die Integrationsbeauftragte wählt der Rat aus seiner Mitte). Bei vom Rat entsandten Sitzen ohnehin.",
    ),
    (
        "The id of the referenced document.",
        "Die Kennung des Dokuments, auf das verwiesen wird.",
    ),
    (
        "The id of the rule, as in `rule`.",
        "Die Kennung der Regel, wie in der Feststellung.",
    ),
    ("The id of the rule.", "Die Kennung der Regel."),
    ("The id of the seat group.", "Die Kennung der Sitzgruppe."),
    (
        "The kind of a `LegalBasis`, used by rules that require one.",
        "Die Art einer Rechtsgrundlage, für Regeln, die eine verlangen.",
    ),
    (
        "The kind of a participation right.",
        "Die Art eines Beteiligungsrechts.",
    ),
    ("The kind of an association.", "Die Art eines Verbands."),
    (
        "The kind of document a reference points to.",
        "Die Art von Dokument, auf die ein Verweis zeigt.",
    ),
    (
        "The kind of document it must be.",
        "Die Art von Dokument, die es sein muss.",
    ),
    ("The kind of right.", "Die Art des Rechts."),
    ("The kind.", "Die Art."),
    ("The kinds allowed.", "Die zulässigen Arten."),
    ("The last day of the term.", "Der letzte Tag der Amtszeit."),
    (
        "The law's usual abbreviation (`\"GO NRW\"`, `\"HGO\"`, `\"GemO RLP\"`) or the\ntitle of the local provision (`\"Hauptsatzung der Stadt Köln\"`).",
        "Die übliche Abkürzung des Gesetzes („GO NRW“, „HGO“, „GemO RLP“) oder der Titel der örtlichen Vorschrift („Hauptsatzung der Stadt Köln“).",
    ),
    ("The least allowed.", "Das zulässige Minimum."),
    ("The least number allowed.", "Die kleinste zulässige Zahl."),
    (
        "The least number of filled seats.",
        "Die kleinste Zahl besetzter Sitze.",
    ),
    (
        "The least number of meetings.",
        "Die kleinste Zahl von Sitzungen.",
    ),
    ("The least share allowed.", "Der kleinste zulässige Anteil."),
    (
        "The legal basis is of an allowed kind.",
        "Die Rechtsgrundlage ist von zulässiger Art.",
    ),
    (
        "The legal basis of the body is not of the kind the rule requires.",
        "Die Rechtsgrundlage des Gremiums ist nicht von der Art, die die Regel verlangt.",
    ),
    (
        "The level does not fit the kind of organisation (for example a body of\na municipality given the federal level).",
        "Die Ebene passt nicht zur Art der Organisation (etwa ein Gremium einer Gemeinde mit der Bundesebene).",
    ),
    (
        "The level of government a body belongs to.",
        "Die Verwaltungsebene, zu der ein Gremium gehört.",
    ),
    ("The level of government.", "Die Verwaltungsebene."),
    (
        "The level: `state` or `federal` for associations; a\nmunicipality, county or district for local networks.",
        "Die Ebene: Land oder Bund bei Verbänden; Gemeinde, Kreis oder Bezirk bei lokalen Netzwerken.",
    ),
    (
        "The levels it applies at (empty for franchise rules: any level).",
        "Die Ebenen, auf denen sie gilt (leer bei Wahlrechtsregeln: jede Ebene).",
    ),
    (
        "The matters a right covers.",
        "Die Angelegenheiten, die ein Recht umfasst.",
    ),
    (
        "The matters it covers.",
        "Die Angelegenheiten, die es umfasst.",
    ),
    (
        "The maturity stage of a local network of migrant organisations, in the\nthree-phase model of the Bundesverband NeMO. The association stresses\nthat the stages are a model without sharp lines.",
        "Die Entwicklungsstufe eines lokalen Netzwerks von Migrantenorganisationen im Drei-Phasen-Modell des Bundesverbands NeMO. Der Verband betont, dass die Stufen ein Modell ohne scharfe Grenzen sind.",
    ),
    (
        "The mayor or the executive board (Bürgermeister, Gemeindevorstand,\nMagistrat).",
        "Der Bürgermeister oder der Verwaltungsvorstand (Bürgermeister, Gemeindevorstand, Magistrat).",
    ),
    (
        "The member has a migration history (`with_migration_history`).",
        "Das Mitglied hat eine Migrationsgeschichte.",
    ),
    (
        "The member is a woman (`women`).",
        "Das Mitglied ist eine Frau.",
    ),
    (
        "The member is also a council member (a council member who holds an\nelected seat, Kaufbeuren's Integrationsbeauftragte).",
        "Das Mitglied ist auch Ratsmitglied (ein Ratsmitglied auf einem gewählten Sitz, die Kaufbeurer Integrationsbeauftragte).",
    ),
    (
        "The member organisations cooperate across origins and cultures\n(herkunfts- und kulturübergreifend).",
        "Die Mitgliedsorganisationen arbeiten herkunfts- und kulturübergreifend zusammen.",
    ),
    (
        "The member organisations of a network.",
        "Die Mitgliedsorganisationen eines Netzwerks.",
    ),
    (
        "The members are elected on the day of the council election.",
        "Die Mitglieder werden am Tag der Kommunalwahl gewählt.",
    ),
    (
        "The members have adopted resolutions on how they present themselves.",
        "Die Mitglieder haben Beschlüsse zu ihrer Außendarstellung gefasst.",
    ),
    (
        "The members have adopted resolutions on their cooperation.",
        "Die Mitglieder haben Beschlüsse zu ihrer Zusammenarbeit gefasst.",
    ),
    (
        "The members meet regularly (regelmäßige Sitzungen).",
        "Die Mitglieder treffen sich regelmäßig (regelmäßige Sitzungen).",
    ),
    (
        "The members stay in office after the term until the successor body\nfirst meets (NRW § 27 Abs. 2 GO; Hessen § 87 Abs. 1 HGO for the chair).",
        "Die Mitglieder bleiben nach der Amtszeit im Amt, bis das Nachfolgegremium zum ersten Mal tagt (NRW § 27 Abs. 2 GO; Hessen § 87 Abs. 1 HGO für den Vorsitz).",
    ),
    (
        "The members stay in office until the successor body first meets.",
        "Die Mitglieder bleiben im Amt, bis das Nachfolgegremium zum ersten Mal tagt.",
    ),
    (
        "The members were elected later than the council, which is allowed\nonly for bodies formed on request or voluntarily, and the document\ndoes not say under which duty the body was formed.",
        "Die Mitglieder wurden später als der Rat gewählt. Das ist nur zulässig, wenn das Gremium auf Antrag oder freiwillig gebildet wurde, und das Dokument sagt nicht, auf welcher Grundlage es gebildet wurde.",
    ),
    (
        "The members were not elected on the day the rule requires.",
        "Die Mitglieder wurden nicht an dem Tag gewählt, den die Regel verlangt.",
    ),
    (
        "The members, if the document lists them.",
        "Die Mitglieder, wenn das Dokument sie aufführt.",
    ),
    (
        "The message in German and English; derived from the rest.",
        "Die Meldung auf Deutsch und Englisch; aus dem Übrigen abgeleitet.",
    ),
    (
        "The messages of a finding in both languages, as serialised.",
        "Die Meldungen eines Befunds in beiden Sprachen, wie geschrieben.",
    ),
    (
        "The method of a `ChairSelection`, used by rules.",
        "Das Verfahren einer Bestimmung des Vorsitzes, für Regeln.",
    ),
    ("The methods allowed.", "Die zulässigen Verfahren."),
    ("The most allowed.", "Das zulässige Maximum."),
    (
        "The name of the municipality, county or district (`\"Köln\"`).",
        "Der Name der Gemeinde, des Kreises oder Bezirks („Köln“).",
    ),
    (
        "The network has clear contact persons.",
        "Das Netzwerk hat klare Ansprechpersonen.",
    ),
    (
        "The number of some seats must lie in a range.",
        "Die Zahl bestimmter Sitze muss in einem Bereich liegen.",
    ),
    (
        "The number of the paragraph or article (`\"27\"`, `\"4b\"`, `\"84–88\"`);\nabsent for a provision cited as a whole (a council resolution).",
        "Die Nummer des Paragrafen oder Artikels („27“, „4b“, „84–88“); fehlt bei einer Vorschrift, die als Ganzes zitiert wird (ein Ratsbeschluss).",
    ),
    (
        "The number of years (at least 1).",
        "Die Zahl der Jahre (mindestens 1).",
    ),
    ("The number of years.", "Die Zahl der Jahre."),
    ("The number.", "Die Nummer."),
    (
        "The numerator (at most the denominator).",
        "Der Zähler (höchstens der Nenner).",
    ),
    (
        "The office (`\"Oberbürgermeister\"`).",
        "Das Amt („Oberbürgermeister“).",
    ),
    (
        "The office held, for ex-officio seats (`\"Oberbürgermeister\"`).",
        "Das Amt, bei Sitzen kraft Amtes („Oberbürgermeister“).",
    ),
    (
        "The office of the first co-chair.",
        "Das Amt der ersten Person der Doppelspitze.",
    ),
    (
        "The official German name (`\"Integrationsrat der Stadt Köln\"`).",
        "Die amtliche deutsche Bezeichnung („Integrationsrat der Stadt Köln“).",
    ),
    (
        "The official German name.",
        "Die amtliche deutsche Bezeichnung.",
    ),
    (
        "The official German term for these members\n(`\"direkt gewählte Mitglieder\"`, `\"Fachkräfte\"`).",
        "Die amtliche deutsche Bezeichnung dieser Mitglieder („direkt gewählte Mitglieder“, „Fachkräfte“).",
    ),
    (
        "The options, the smallest first: adding seats before removing them.",
        "Die Möglichkeiten, die kleinste zuerst: Sitze hinzufügen vor Sitze streichen.",
    ),
    (
        "The organ a right concerns.",
        "Das Organ, das ein Recht betrifft.",
    ),
    (
        "The organs it concerns (at least one).",
        "Die Organe, die es betrifft (mindestens eines).",
    ),
    (
        "The organs work (meet, decide, are filled).",
        "Die Organe arbeiten (tagen, entscheiden, sind besetzt).",
    ),
    (
        "The other seat rules in force that this option moves further from\nbeing met (or breaks): after it, meeting them takes more seats\nchanged than before. Empty when it conflicts with none.",
        "Die anderen geltenden Sitzregeln, von deren Erfüllung sich diese Möglichkeit entfernt (oder die sie verletzt): Danach braucht es mehr geänderte Sitze als vorher, um sie zu erfüllen. Leer, wenn sie keiner widerspricht.",
    ),
    (
        "The part a seat group plays in a finding.",
        "Die Rolle einer Sitzgruppe in einem Befund.",
    ),
    ("The part it plays.", "Ihre Rolle."),
    ("The part.", "Der Teil."),
    (
        "The person, by a reference the publisher chooses (an id, not a name).",
        "Die Person, über einen Verweis, den der Herausgeber wählt (eine Kennung, kein Name).",
    ),
    (
        "The provision as German lawyers write it; derived from `citation`.",
        "Die Vorschrift, wie deutsche Juristen sie schreiben; aus der Fundstelle abgeleitet.",
    ),
    (
        "The provision of local law.",
        "Die Vorschrift des Ortsrechts.",
    ),
    (
        "The provision the body type rests on in that Land.",
        "Die Vorschrift, auf der die Art des Gremiums in diesem Land beruht.",
    ),
    (
        "The provision, as structure.",
        "Die Vorschrift als Struktur.",
    ),
    ("The provision.", "Die Vorschrift."),
    (
        "The published characteristics a Verbund must have to join the federal\nassociation (BV NeMO). Membership itself is decided by the federal board.",
        "Die veröffentlichten Merkmale, die ein Verbund haben muss, um dem Bundesverband (BV NeMO) beizutreten. Über die Mitgliedschaft selbst entscheidet der Bundesvorstand.",
    ),
    (
        "The right in one sentence, as the local law words it.",
        "Das Recht in einem Satz, wie das Ortsrecht es formuliert.",
    ),
    ("The role.", "Die Rolle."),
    (
        "The rule could not be checked: the document lacks what it needs\n(`missing` says what).",
        "Die Regel konnte nicht geprüft werden: Dem Dokument fehlt, was sie braucht (der Befund sagt, was).",
    ),
    (
        "The rule in one English sentence.",
        "Die Regel in einem englischen Satz.",
    ),
    (
        "The rule in one German sentence.",
        "Die Regel in einem deutschen Satz.",
    ),
    ("The rule's stable id.", "Die beständige Kennung der Regel."),
    (
        "The rule's statement in German and English.",
        "Die Aussage der Regel auf Deutsch und Englisch.",
    ),
    ("The rule's statement.", "Die Aussage der Regel."),
    (
        "The seat group of the office holder, if the office has a seat.",
        "Die Sitzgruppe des Amtsinhabers, wenn das Amt einen Sitz hat.",
    ),
    (
        "The seat group that elects the second co-chair from its members.",
        "Die Sitzgruppe, die die zweite Person der Doppelspitze aus ihren Mitgliedern wählt.",
    ),
    (
        "The seat group the member holds a seat in; absent for a chair who\nholds no seat (Stuttgart: the Oberbürgermeister).",
        "Die Sitzgruppe, in der das Mitglied einen Sitz hat; fehlt bei einem Vorsitz ohne Sitz (Stuttgart: der Oberbürgermeister).",
    ),
    (
        "The seat groups (at least one; ids unique).",
        "Die Sitzgruppen (mindestens eine; Kennungen eindeutig).",
    ),
    (
        "The seat groups involved, in document order within each role.",
        "Die beteiligten Sitzgruppen, je Rolle in der Reihenfolge des Dokuments.",
    ),
    (
        "The seat groups the chair must come from, where the rule says so\n(§ 58 Abs. 5 GO NRW: a voting council member of the committee). The\nselection must then name the chair's own seat group\n(`elected_from_group`, or\n`ex_officio` with a `group`), and this must select it.",
        "Die Sitzgruppen, aus denen der Vorsitz kommen muss, wo die Regel es sagt (§ 58 Abs. 5 GO NRW: ein stimmberechtigtes Ratsmitglied des Ausschusses). Die Angabe zum Vorsitz muss dann die Sitzgruppe nennen, in der er selbst sitzt (gewählt aus einer Sitzgruppe oder kraft Amtes mit Angabe der Sitzgruppe), und diese muss ausgewählt sein.",
    ),
    (
        "The seat groups the plan changes, new groups included.",
        "Die Sitzgruppen, die der Vorschlag ändert, neue Gruppen eingeschlossen.",
    ),
    (
        "The seats changed: the sum over the groups of the seats each gains\nor loses (a move of one seat changes two).",
        "Die geänderten Sitze: die Summe der Sitze, die jede Gruppe gewinnt oder verliert (ein Sitz, der die Gruppe wechselt, ändert zwei).",
    ),
    (
        "The seats counted as the part.",
        "Die Sitze, die als Teil zählen.",
    ),
    (
        "The seats counted as the whole.",
        "Die Sitze, die als Ganzes zählen.",
    ),
    ("The seats counted.", "Die gezählten Sitze."),
    (
        "The seats of the body after the changes.",
        "Die Sitze des Gremiums nach den Änderungen.",
    ),
    (
        "The seats that must be more.",
        "Die Sitze, die mehr sein müssen.",
    ),
    (
        "The seats they must outnumber.",
        "Die Sitze, die sie überwiegen müssen.",
    ),
    (
        "The seats whose members are counted.",
        "Die Sitze, deren Mitglieder gezählt werden.",
    ),
    ("The share required.", "Der verlangte Anteil."),
    (
        "The smallest changes to the seat plan that make a composition rule\npass: each option alone is enough. Rules the seat plan cannot meet by\nitself (the chair, the term, member facts) have no fix.",
        "Die kleinsten Änderungen des Sitzplans, mit denen eine Regel zur Zusammensetzung erfüllt ist: Jede Möglichkeit genügt allein. Regeln, die der Sitzplan nicht allein erfüllen kann (Vorsitz, Amtszeit, Merkmale der Mitglieder), haben keine Abhilfe.",
    ),
    (
        "The smallest changes to the seat plan that meet the rule.",
        "Die kleinsten Änderungen des Sitzplans, mit denen die Regel erfüllt ist.",
    ),
    (
        "The smallest plan; `None` when no seat plan meets every \"muss\" rule\nat once (`conflicting` then says which rules contradict\neach other) or when the search was stopped.",
        "Der kleinste Vorschlag; fehlt, wenn keine Sitzverteilung alle Muss-Regeln zugleich erfüllt (die widersprüchlichen Regeln sagen dann, welche Regeln einander widersprechen) oder wenn die Suche abgebrochen wurde.",
    ),
    (
        "The stage the network claims.",
        "Die Stufe, die das Netzwerk angibt.",
    ),
    (
        "The statement of the rule a finding breaks, in both languages. A local\nrule's own statement is used as it is, in both.",
        "Die Aussage der Regel, die ein Befund verletzt, in beiden Sprachen. Die Aussage einer örtlichen Regel wird unverändert in beiden verwendet.",
    ),
    (
        "The statute that empowers the authority, if known.",
        "Das Gesetz, das die Behörde ermächtigt, wenn bekannt.",
    ),
    (
        "The statute that empowers the council, if known.",
        "Das Gesetz, das den Rat ermächtigt, wenn bekannt.",
    ),
    (
        "The statute that empowers the municipality (Art. 23 GO Bayern,\n§ 4 Abs. 1 GemO BW …), if known.",
        "Das Gesetz, das die Gemeinde ermächtigt (Art. 23 GO Bayern, § 4 Abs. 1 GemO BW …), wenn bekannt.",
    ),
    (
        "The successor body is said to have first met before this term starts.",
        "Das Nachfolgegremium soll vor Beginn dieser Amtszeit zum ersten Mal getagt haben.",
    ),
    (
        "The tag of a network document.",
        "Die Kennzeichnung eines Netzwerk-Dokuments.",
    ),
    (
        "The tag of a representation-body document.",
        "Die Kennzeichnung eines Dokuments eines Vertretungsgremiums.",
    ),
    (
        "The tag of an association document.",
        "Die Kennzeichnung eines Verbands-Dokuments.",
    ),
    (
        "The term does not continue until the successor body first meets,\nalthough the rule says it does (or the other way round).",
        "Die Amtszeit dauert nicht fort, bis das Nachfolgegremium zum ersten Mal tagt, obwohl die Regel es sagt (oder umgekehrt).",
    ),
    (
        "The term follows the council's Wahlperiode (NRW: 5 years from\n1 November of the election year; Bayern: 6 years from the 1 May after\nthe election). The crate derives the end from the Land's `CouncilTermRule`.",
        "Die Amtszeit folgt der Wahlperiode des Rates (NRW: 5 Jahre ab dem 1. November des Wahljahres; Bayern: 6 Jahre ab dem 1. Mai nach der Wahl). Die Bibliothek leitet das Ende aus der Regel des Landes zur Wahlperiode ab.",
    ),
    (
        "The term follows the council's Wahlperiode, but this crate has no\ncouncil-term rule for the Land; give the end date instead.",
        "Die Amtszeit folgt der Wahlperiode des Rates, aber für das Land ist keine Regel zur Wahlperiode hinterlegt; bitte stattdessen das Ende angeben.",
    ),
    (
        "The term is not of the length the rule requires.",
        "Die Amtszeit hat nicht die Dauer, die die Regel verlangt.",
    ),
    (
        "The term must follow the council's Wahlperiode.",
        "Die Amtszeit muss der Wahlperiode des Rates folgen.",
    ),
    (
        "The term must last a number of years.",
        "Die Amtszeit muss eine Zahl von Jahren dauern.",
    ),
    (
        "The type of a representation body. Each type has its own rules in each\nLand (`Regime`).",
        "Die Art eines Vertretungsgremiums. Jede Art hat in jedem Land ihre eigenen Regeln.",
    ),
    ("The type of body.", "Die Art des Gremiums."),
    (
        "The version of the law meant, when it matters, written the way German\nlawyers write it: `\"i. d. F. des Gesetzes vom 19.12.2013 (GV. NRW.\nS. 878)\"`. Rendered after the law's abbreviation.",
        "Die gemeinte Fassung des Gesetzes, wo es darauf ankommt, wie deutsche Juristen sie schreiben: „i. d. F. des Gesetzes vom 19.12.2013 (GV. NRW. S. 878)“. Steht nach der Abkürzung des Gesetzes.",
    ),
    (
        "The version of the report format (`REPORT_VERSION`):\n2 since findings carry severity, figures, fixes and messages.",
        "Die Fassung des Berichtsformats: 2, seit Befunde Gewicht, Zahlen, Abhilfen und Meldungen tragen.",
    ),
    (
        "The way the chair is chosen is not one the rule allows.",
        "Die Art, wie der Vorsitz bestimmt wird, lässt die Regel nicht zu.",
    ),
    (
        "The way the deputy chairs are chosen is not one the rule allows.",
        "Die Art, wie die Stellvertretung im Vorsitz bestimmt wird, lässt die Regel nicht zu.",
    ),
    ("The whole.", "Das Ganze."),
    (
        "The year it was founded, when only the year is known (AGABY: 1993).\nMust agree with `founded_on` when both are given.",
        "Das Gründungsjahr, wenn nur das Jahr bekannt ist (AGABY: 1993). Muss zum Gründungstag passen, wenn beide angegeben sind.",
    ),
    ("Thüringen (Thuringia).", "Thüringen."),
    (
        "To attend the organ's meetings and speak (Teilnahme- und Rederecht).",
        "An den Sitzungen des Organs teilnehmen und reden (Teilnahme- und Rederecht).",
    ),
    (
        "To be heard before a decision (Anhörungsrecht).",
        "Vor einer Entscheidung angehört werden (Anhörungsrecht).",
    ),
    (
        "To be informed (Informationsrecht, Unterrichtung).",
        "Unterrichtet werden (Informationsrecht, Unterrichtung).",
    ),
    (
        "To comment on questions put to the body (Stellungnahme).",
        "Zu Fragen, die dem Gremium vorgelegt werden, Stellung nehmen (Stellungnahme).",
    ),
    (
        "To decide matters the council delegates (übertragene Entscheidung).",
        "Über Angelegenheiten entscheiden, die der Rat überträgt (übertragene Entscheidung).",
    ),
    (
        "To make proposals and suggestions (Vorschlagsrecht, Anregung).",
        "Vorschläge und Anregungen machen (Vorschlagsrecht, Anregung).",
    ),
    (
        "To table a motion the organ must deal with (Antragsrecht).",
        "Einen Antrag stellen, mit dem sich das Organ befassen muss (Antragsrecht).",
    ),
    (
        "Too few members have a fact a rule asks for (half of them women, a\nmajority with migration history).",
        "Zu wenige Mitglieder haben ein Merkmal, das eine Regel verlangt (die Hälfte Frauen, eine Mehrheit mit Migrationsgeschichte).",
    ),
    (
        "Two co-chairs: an office holder and a member elected by one seat group\n(Hessen § 89 HGO: the Bürgermeister and a co-chair elected by the\nsachkundige Einwohner).",
        "Doppelspitze: ein Amtsinhaber und ein von einer Sitzgruppe gewähltes Mitglied (Hessen § 89 HGO: der Bürgermeister und ein von den sachkundigen Einwohnern gewählter Mitvorsitz).",
    ),
    (
        "Two documents in a registry share one id.",
        "Zwei Dokumente in einem Verzeichnis haben dieselbe Kennung.",
    ),
    (
        "Two regimes for one Land, body type and level cover the same day.",
        "Zwei Regelungen für dasselbe Land, dieselbe Art und Ebene gelten am selben Tag.",
    ),
    (
        "Two rules of a law share one id.",
        "Zwei Regeln eines Rechts haben dieselbe Kennung.",
    ),
    (
        "Two seat groups share one id.",
        "Zwei Sitzgruppen haben dieselbe Kennung.",
    ),
    (
        "Two versions of one rule (ids equal but for a version year) are in\nforce on the same day.",
        "Zwei Fassungen einer Regel (Kennungen gleich bis auf ein Fassungsjahr) gelten am selben Tag.",
    ),
    (
        "Up to three other plans of the same size, the better first.",
        "Bis zu drei weitere Vorschläge derselben Größe, der bessere zuerst.",
    ),
    (
        "Violations and warnings beyond the limit, counted, not listed\n(`MAX_FINDINGS`); a `too_many_findings` violation\nthen closes the list.",
        "Verstöße und Warnungen über der Grenze, gezählt, nicht aufgeführt; ein Verstoß „zu viele Befunde“ schließt dann die Liste.",
    ),
    (
        "What a breach of the rule is: `violation` for a \"muss\"\nrule, `warning` for a \"soll\" rule.",
        "Was eine Verletzung der Regel ist: ein Verstoß bei einer Muss-Regel, eine Warnung bei einer Soll-Regel.",
    ),
    (
        "What a document lacks for a rule to be checked.",
        "Was einem Dokument fehlt, damit eine Regel geprüft werden kann.",
    ),
    (
        "What a note reports (`note`).",
        "Worauf ein Hinweis hinweist.",
    ),
    (
        "What a rule of the catalogue is about.",
        "Worum es bei einer Regel des Katalogs geht.",
    ),
    (
        "What a rule requires of a `Quantity`.",
        "Was eine Regel von einer Anzahl verlangt.",
    ),
    (
        "What a rule requires of a body. One variant per kind of check, never per\nLand: the figures and selectors come from the rule's data.\n\nSerialized with a `kind` tag next to the fields of the kind:\n`{\"kind\": \"seats\", \"of\": {\"classes\": [\"any\"]}, \"min\": 26, \"max\": 26}`.",
        "Was eine Regel von einem Gremium verlangt. Eine Variante je Art der Prüfung, nie je Land: Zahlen und Auswahl kommen aus den Daten der Regel.\n\nGeschrieben mit einem Feld „kind“ neben den Feldern der Art: {\"kind\": \"seats\", \"of\": {\"classes\": [\"any\"]}, \"min\": 26, \"max\": 26}.",
    ),
    (
        "What it requires, in one sentence.",
        "Was es verlangt, in einem Satz.",
    ),
    (
        "What kind of check failed.",
        "Welche Art von Prüfung fehlschlug.",
    ),
    ("What the document has.", "Was das Dokument hat."),
    ("What the rule is about.", "Worum es bei der Regel geht."),
    ("What the rule requires.", "Was die Regel verlangt."),
    (
        "What was decided in recording it, and what is not verified.",
        "Was bei der Erfassung entschieden wurde und was nicht geprüft ist.",
    ),
    ("What was decided, briefly.", "Was entschieden wurde, kurz."),
    (
        "What was resolved, briefly.",
        "Was beschlossen wurde, kurz.",
    ),
    (
        "When a seat rule is broken: the smallest change to the seat plan\nthat meets every seat rule at once, or the rules that contradict\neach other.",
        "Wenn eine Sitzregel verletzt ist: die kleinste Änderung der Sitzverteilung, die alle Sitzregeln zugleich erfüllt, oder die Regeln, die einander widersprechen.",
    ),
    ("When it is in force.", "Wann es gilt."),
    (
        "When it is in force; absent means always.",
        "Wann es gilt; fehlt die Angabe, gilt es immer.",
    ),
    (
        "When it opened its first office, if known.",
        "Wann es seine erste Geschäftsstelle eröffnete, wenn bekannt.",
    ),
    (
        "When it was adopted, if known.",
        "Wann es beschlossen wurde, wenn bekannt.",
    ),
    (
        "When it was decided, if known.",
        "Wann es entschieden wurde, wenn bekannt.",
    ),
    (
        "When it was entered in the register of associations (e.V.), if it\nwas; not a criterion of any stage.",
        "Wann es ins Vereinsregister eingetragen wurde (e. V.), wenn überhaupt; kein Merkmal einer Stufe.",
    ),
    (
        "When it was founded, if known.",
        "Wann es gegründet wurde, wenn bekannt.",
    ),
    (
        "When it was founded, if the day is known.",
        "Wann es gegründet wurde, wenn der Tag bekannt ist.",
    ),
    (
        "When no seat plan meets every \"muss\" rule: the rules that cannot be\nmet together, a smallest such set (one rule when no seat plan can\nmeet it even alone).",
        "Wenn keine Sitzverteilung alle Muss-Regeln erfüllt: die Regeln, die sich nicht zugleich erfüllen lassen, eine kleinste solche Menge (eine Regel, wenn keine Sitzverteilung auch nur sie allein erfüllt).",
    ),
    (
        "Where a body belongs, as written in a document.",
        "Wohin ein Gremium gehört, wie im Dokument angegeben.",
    ),
    (
        "Where an association or network belongs.",
        "Wohin ein Verband oder Netzwerk gehört.",
    ),
    (
        "Where in the document: a JSON Pointer.",
        "Wo im Dokument: ein JSON-Pointer.",
    ),
    ("Where it belongs.", "Wohin es gehört."),
    ("Where it was read.", "Wo es gelesen wurde."),
    ("Where it works.", "Wo es arbeitet."),
    ("Where the facts come from.", "Woher die Angaben stammen."),
    (
        "Where the facts in the document come from (URLs or references).",
        "Woher die Angaben im Dokument stammen (URLs oder Verweise).",
    ),
    (
        "Whether a provision is a paragraph (`§`) or an article (`Art.`).",
        "Ob eine Vorschrift ein Paragraf (§) oder ein Artikel (Art.) ist.",
    ),
    (
        "Whether a statute governs a body type in a Land or only local law does.",
        "Ob ein Gesetz eine Art von Gremium in einem Land regelt oder nur Ortsrecht.",
    ),
    (
        "Whether a statute governs the body type or only local law.",
        "Ob ein Gesetz die Art von Gremium regelt oder nur Ortsrecht.",
    ),
    (
        "Whether the members of a seat group vote.",
        "Ob die Mitglieder einer Sitzgruppe stimmberechtigt sind.",
    ),
    (
        "Whether the members vote.",
        "Ob die Mitglieder stimmberechtigt sind.",
    ),
    (
        "Whether the search went through every plan it had to: `false` only\nwhen the search space was too large and the search was stopped; a\nplan found then meets the rules, but a smaller one may exist.",
        "Ob die Suche alle nötigen Sitzverteilungen durchgegangen ist: falsch nur, wenn der Suchraum zu groß war und die Suche abgebrochen wurde; ein dann gefundener Vorschlag erfüllt die Regeln, aber es kann einen kleineren geben.",
    ),
    ("Whether they vote.", "Ob sie stimmberechtigt sind."),
    (
        "Who may vote and stand (`FranchiseRule`).",
        "Wer wählen und gewählt werden darf.",
    ),
    ("Within this range.", "Innerhalb dieses Bereichs."),
    ("`\"association\"`.", "Der Wert für einen Verband."),
    ("`\"network\"`.", "Der Wert für ein Netzwerk."),
    (
        "`\"representation_body\"`.",
        "Der Wert für ein Vertretungsgremium.",
    ),
    (
        "`true`: more than `min` (\"Mehrheit\"); `false`: at least `min`.",
        "Wahr: mehr als das Minimum („Mehrheit“); falsch: mindestens das Minimum.",
    ),
];

/// The German description for an English one.
pub(super) fn german(english: &str) -> Option<&'static str> {
    let i = DESCRIPTIONS
        .binary_search_by(|(en, _)| (*en).cmp(english))
        .ok()?;
    Some(DESCRIPTIONS[i].1)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_table_is_sorted_and_unique() {
        assert!(super::DESCRIPTIONS.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(super::german("A calendar day."), Some("Ein Kalendertag."));
        assert_eq!(super::german("no such text"), None);
    }
}
