//! German descriptions of the schemas, for German tools: the German of
//! every description the English schemas carry, found by its place in the
//! schema (the type's name in `$defs`, or the schema's name for the
//! document's own fields, then the JSON Pointer within it; a value of a
//! `oneOf` list is named by its constant, `Land/oneOf/NW`, and a variant
//! of a union of objects is a type of its own, `TermLengthCouncilTerm`).
//! An edit to the English wording does not lose the German; a field that
//! is renamed or removed does, and a test then names the place.

/// `(place, German)`, sorted by the place in byte order.
const DESCRIPTIONS: &[(&str, &str)] = &[
    (
        "AllocationMethod",
        "Ein Verfahren, das Stimmen in Sitze umrechnet.",
    ),
    (
        "AllocationMethod/oneOf/d_hondt",
        "Das Höchstzahlverfahren nach d'Hondt: Teiler 1, 2, 3, …",
    ),
    (
        "AllocationMethod/oneOf/hare_niemeyer",
        "Das Quotenverfahren mit Restausgleich nach größten Bruchteilen (Hare/Niemeyer): zuerst die ganzen Zahlen der Quoten, dann die größten Reste.",
    ),
    (
        "AllocationMethod/oneOf/quota_percent_remainder",
        "Das NRW-Verfahren von 2024 („Rock“): zuerst die ganzen Zahlen der Quoten, dann die höchsten Verhältnisse der Quote zur aufgerundeten Quote.",
    ),
    (
        "AllocationMethod/oneOf/sainte_lague_schepers",
        "Das Divisorverfahren mit Standardrundung (Sainte-Laguë/Schepers): Teiler 0,5; 1,5; 2,5; …",
    ),
    ("AssociationKind", "Die Art eines Verbands."),
    (
        "AssociationKind/oneOf/federal_association",
        "Ein Bundesverband (Bundeszuwanderungs- und Integrationsrat, BV NeMO).",
    ),
    (
        "AssociationKind/oneOf/state_association",
        "Ein Landesverband, dessen Mitglieder die kommunalen Vertretungsgremien sind (LAKA BW, Landesintegrationsrat NRW, agah, AGABY, AGARP).",
    ),
    (
        "AssociationKind/oneOf/umbrella_association",
        "Ein Dachverband von Migrantenorganisationen (Elternnetzwerk NRW).",
    ),
    (
        "Basis",
        "Woher die Dauer einer Amtszeit oder ihre Fortdauer kommt.",
    ),
    ("BasisDocument", "Das Dokument sagt es."),
    ("BasisStatute", "Das Gesetz sagt es; die angewandte Regel."),
    (
        "BasisStatute/properties/citation",
        "Die Fundstelle der Regel.",
    ),
    ("BasisStatute/properties/rule", "Die Kennung der Regel."),
    (
        "BodyType",
        "Die Art eines Vertretungsgremiums. Jede Art hat in jedem Land ihre eigenen Regeln.",
    ),
    (
        "BodyType/oneOf/foreign_residents_advisory_board",
        "Ausländerbeirat: der hessische (§§ 84–88 HGO; § 4b HKO für Landkreise) und der nordrhein-westfälische von 1994 bis 2009 (§ 27 GO NRW in der Fassung von 1994).",
    ),
    (
        "BodyType/oneOf/integration_advisory_board",
        "Saarländischer Integrationsbeirat (§ 50 KSVG): zwei Drittel gewählt, ein Drittel vom Rat entsandt.",
    ),
    (
        "BodyType/oneOf/integration_commission",
        "Hessische Integrations-Kommission (§ 89 HGO).",
    ),
    (
        "BodyType/oneOf/integration_committee",
        "NRW-Integrationsausschuss (§ 27 Abs. 12 GO NRW): ein Ausschuss des Rates, gebildet statt eines Integrationsrats, in den sachkundige Bürger gewählt werden können.",
    ),
    (
        "BodyType/oneOf/integration_council",
        "NRW-Integrationsrat (§ 27 GO NRW): direkt gewählte Mitglieder und Ratsmitglieder, die der Rat aus seiner Mitte bestellt.",
    ),
    (
        "BodyType/oneOf/local_advisory_board",
        "Ein Beirat, der durch Ratsbeschluss oder Satzung gebildet wird, wo kein Gesetz einen vorschreibt: der bayerische Integrationsbeirat (Kaufbeuren), die baden-württembergische kommunale Migrantenvertretung (Internationaler Ausschuss Stuttgart), der sächsische Integrations- und Ausländerbeirat (Dresden).",
    ),
    (
        "BodyType/oneOf/migration_and_integration_advisory_board",
        "Rheinland-pfälzischer Beirat für Migration und Integration (§ 56 GemO; § 49a LKO für Landkreise).",
    ),
    (
        "BodyType/oneOf/participation_committee",
        "Berliner Ausschuss für Partizipation und Integration einer Bezirksverordnetenversammlung (§ 32 BezVG).",
    ),
    (
        "BodyType/oneOf/state_advisory_board",
        "Ein Beirat einer Landesregierung oder eines Stadtstaats: der Berliner Landesbeirat für Partizipation (§ 17 PartMigG), der Hamburger Integrationsbeirat (§ 16 Verwaltungsbehördengesetz), der Bremer Rat für Integration.",
    ),
    (
        "CatalogueCheck",
        "Die Prüfung einer Regel zur Zusammensetzung im Katalog.",
    ),
    (
        "CatalogueCheck/properties/code",
        "Der Code, den ein Verstoß trägt.",
    ),
    (
        "CatalogueCheck/properties/constraint",
        "Was die Regel verlangt.",
    ),
    (
        "CatalogueCheck/properties/governance",
        "Gesetz oder nur Ortsrecht.",
    ),
    (
        "Certainty",
        "Wie sicher sich die Bibliothek einer Regel ist.",
    ),
    (
        "Certainty/oneOf/unverified",
        "Die Quellen widersprechen sich, oder nur eine Sekundärquelle oder örtliche Praxis belegt die Regel (⚠️/❓). Wer sie verletzt, erhält einen Hinweis, nie einen Verstoß.",
    ),
    (
        "Certainty/oneOf/verified",
        "Von der angegebenen Quelle belegt (✅ im Faktenblatt). Wer sie verletzt, begeht einen Verstoß.",
    ),
    (
        "ChairMethod",
        "Das Verfahren einer Bestimmung des Vorsitzes, für Regeln.",
    ),
    ("ChairMethod/oneOf/appointed_by_council", "Vom Rat berufen."),
    (
        "ChairMethod/oneOf/co_chairs",
        "Doppelspitze: ein Amtsinhaber und ein von einer Sitzgruppe gewähltes Mitglied.",
    ),
    (
        "ChairMethod/oneOf/elected_from_group",
        "Aus den Mitgliedern einer Sitzgruppe gewählt.",
    ),
    (
        "ChairMethod/oneOf/elected_from_members",
        "Vom Gremium aus seiner Mitte gewählt.",
    ),
    ("ChairMethod/oneOf/ex_officio", "Kraft eines Amtes."),
    (
        "ChairSelection",
        "Wie der Vorsitz (oder die Stellvertretung) bestimmt wird.\n\nGeschrieben mit einem Feld „method“, das das Verfahren nennt. Varianten ohne Daten werden als Objekt ohne weitere Felder geschrieben, damit unbekannte Schlüssel wie überall abgelehnt werden.",
    ),
    ("ChairSelectionAppointedByCouncil", "Vom Rat berufen."),
    (
        "ChairSelectionCoChairs",
        "Doppelspitze: ein Amtsinhaber und ein von einer Sitzgruppe gewähltes Mitglied (Hessen § 89 HGO: der Bürgermeister und ein von den sachkundigen Einwohnern gewählter Mitvorsitz).",
    ),
    (
        "ChairSelectionCoChairs/properties/elected_by_group",
        "Die Sitzgruppe, die die zweite Person der Doppelspitze aus ihren Mitgliedern wählt.",
    ),
    (
        "ChairSelectionCoChairs/properties/office",
        "Das Amt der ersten Person der Doppelspitze.",
    ),
    (
        "ChairSelectionElectedFromGroup",
        "Aus den Mitgliedern einer Sitzgruppe gewählt (Dresden: Vorsitz ein Mitglied mit Migrationsgeschichte, Stellvertretung ein Stadtrat).",
    ),
    (
        "ChairSelectionElectedFromGroup/properties/group",
        "Die Kennung der Sitzgruppe.",
    ),
    (
        "ChairSelectionElectedFromMembers",
        "Vom Gremium aus seiner Mitte gewählt.",
    ),
    (
        "ChairSelectionExOfficio",
        "Kraft eines Amtes besetzt (der Bürgermeister führt den Vorsitz; die Integrationsbeauftragte ist Stellvertreterin).",
    ),
    (
        "ChairSelectionExOfficio/properties/group",
        "Die Sitzgruppe des Amtsinhabers, wenn das Amt einen Sitz hat.",
    ),
    (
        "ChairSelectionExOfficio/properties/office",
        "Das Amt („Oberbürgermeister“).",
    ),
    (
        "Citation",
        "Eine Fundstelle: Gesetz, § oder Art., Absatz, Satz, Nummer.\n\nFür Gesetze (§ 27 Abs. 1 GO NRW) wie für Ortsrecht (§ 4 Abs. 2 Hauptsatzung der Landeshauptstadt Wiesbaden). Was die Quellen nicht angeben, bleibt weg, statt geraten zu werden.",
    ),
    (
        "Citation/properties/following",
        "„f.“ (und der folgende) oder „ff.“ (und die folgenden) nach der genauesten zitierten Einheit: § 86 Abs. 1 S. 4 f. HGO.",
    ),
    ("Citation/properties/item", "Nummer, wenn angegeben."),
    (
        "Citation/properties/law",
        "Die übliche Abkürzung des Gesetzes („GO NRW“, „HGO“, „GemO RLP“) oder der Titel der örtlichen Vorschrift („Hauptsatzung der Stadt Köln“).",
    ),
    (
        "Citation/properties/number",
        "Die Nummer des Paragrafen oder Artikels („27“, „4b“, „84–88“); fehlt bei einer Vorschrift, die als Ganzes zitiert wird (ein Ratsbeschluss).",
    ),
    ("Citation/properties/paragraph", "Absatz, wenn angegeben."),
    (
        "Citation/properties/read_with",
        "Vorschriften, die mit dieser zusammen zu lesen sind („in Verbindung mit“), in Reihenfolge: § 27 Abs. 12 i. V. m. § 58 Abs. 3 GO NRW.",
    ),
    ("Citation/properties/sentence", "Satz, wenn angegeben."),
    ("Citation/properties/unit", "Paragraf oder Artikel."),
    (
        "Citation/properties/version",
        "Die gemeinte Fassung des Gesetzes, wo es darauf ankommt, wie deutsche Juristen sie schreiben: „i. d. F. des Gesetzes vom 19.12.2013 (GV. NRW. S. 878)“. Steht nach der Abkürzung des Gesetzes.",
    ),
    (
        "Composition",
        "Eine Zusammensetzung, wie sie im Dokument steht, vor der Prüfung.",
    ),
    (
        "Composition/properties/chair",
        "Wie der Vorsitz bestimmt wird, wenn das Dokument es sagt.",
    ),
    (
        "Composition/properties/deputies",
        "Wie die Stellvertretung im Vorsitz bestimmt wird, wenn das Dokument es sagt.",
    ),
    (
        "Composition/properties/deputy_count",
        "Wie viele Stellvertretungen im Vorsitz es gibt, wenn das Dokument es sagt (Köln: 5).",
    ),
    (
        "Composition/properties/seat_groups",
        "Die Sitzgruppen (mindestens eine; Kennungen eindeutig).",
    ),
    (
        "Constraint",
        "Was eine Regel von einem Gremium verlangt. Eine Variante je Art der Prüfung, nie je Land: Zahlen und Auswahl kommen aus den Daten der Regel.\n\nGeschrieben mit einem Feld „kind“ neben den Feldern der Art: {\"kind\": \"seats\", \"of\": {\"classes\": [\"any\"]}, \"min\": 26, \"max\": 26}.",
    ),
    (
        "ConstraintChair",
        "Der Vorsitz muss auf zulässige Weise bestimmt werden.",
    ),
    (
        "ConstraintChair/properties/allowed",
        "Die zulässigen Verfahren.",
    ),
    (
        "ConstraintChair/properties/from_seats",
        "Die Sitzgruppen, aus denen der Vorsitz kommen muss, wo die Regel es sagt (§ 58 Abs. 5 GO NRW: ein stimmberechtigtes Ratsmitglied des Ausschusses). Die Angabe zum Vorsitz muss dann die Sitzgruppe nennen, in der er selbst sitzt (gewählt aus einer Sitzgruppe oder kraft Amtes mit Angabe der Sitzgruppe), und diese muss ausgewählt sein.",
    ),
    (
        "ConstraintDeputies",
        "Die Stellvertretung im Vorsitz muss auf zulässige Weise bestimmt werden.",
    ),
    (
        "ConstraintDeputies/properties/allowed",
        "Die zulässigen Verfahren.",
    ),
    (
        "ConstraintElectedWithCouncil",
        "Die Mitglieder werden am Tag der Kommunalwahl gewählt.",
    ),
    (
        "ConstraintElectedWithCouncil/properties/except",
        "Grundlagen der Bildung, unter denen eine spätere Wahl zulässig ist.",
    ),
    (
        "ConstraintFilledSeats",
        "Mindestens eine Zahl von Sitzen muss besetzt sein.",
    ),
    (
        "ConstraintFilledSeats/properties/min",
        "Die kleinste Zahl besetzter Sitze.",
    ),
    (
        "ConstraintFilledSeats/properties/of",
        "Die gezählten Sitze.",
    ),
    (
        "ConstraintLapses",
        "Das Gremium entfällt kraft Gesetzes, wenn weniger Sitze als eine bestimmte Zahl besetzt sind.",
    ),
    (
        "ConstraintLapses/properties/below",
        "Das Gremium entfällt, wenn weniger als so viele Sitze besetzt sind.",
    ),
    ("ConstraintLapses/properties/of", "Die gezählten Sitze."),
    (
        "ConstraintLegalBasis",
        "Die Rechtsgrundlage ist von zulässiger Art.",
    ),
    (
        "ConstraintLegalBasis/properties/allowed",
        "Die zulässigen Arten.",
    ),
    (
        "ConstraintMeetingsPerYear",
        "Das Gremium tagt eine Zahl von Malen im Jahr.",
    ),
    (
        "ConstraintMeetingsPerYear/properties/count",
        "Die kleinste Zahl von Sitzungen.",
    ),
    (
        "ConstraintMembersWith",
        "Ein Anteil der Mitglieder hat ein Merkmal (Frauen, Migrationsgeschichte).",
    ),
    (
        "ConstraintMembersWith/properties/attribute",
        "Das gezählte Merkmal.",
    ),
    (
        "ConstraintMembersWith/properties/min",
        "Der verlangte Anteil.",
    ),
    (
        "ConstraintMembersWith/properties/more_than",
        "Wahr: mehr als das Minimum („Mehrheit“); falsch: mindestens das Minimum.",
    ),
    (
        "ConstraintMembersWith/properties/of",
        "Die Sitze, deren Mitglieder gezählt werden.",
    ),
    (
        "ConstraintNotPermitted",
        "Die Art des Gremiums ist nicht zulässig, solange die Regel gilt.",
    ),
    (
        "ConstraintOnlyGroups",
        "Jede Sitzgruppe muss von einer zulässigen Art sein.",
    ),
    (
        "ConstraintOnlyGroups/properties/allowed",
        "Die zulässigen Gruppen.",
    ),
    (
        "ConstraintOutnumber",
        "Bestimmte Sitze müssen andere überwiegen.",
    ),
    (
        "ConstraintOutnumber/properties/majority",
        "Die Sitze, die mehr sein müssen.",
    ),
    (
        "ConstraintOutnumber/properties/minority",
        "Die Sitze, die sie überwiegen müssen.",
    ),
    (
        "ConstraintSeats",
        "Die Zahl bestimmter Sitze muss in einem Bereich liegen.",
    ),
    (
        "ConstraintSeats/properties/max",
        "Die größte zulässige Zahl.",
    ),
    (
        "ConstraintSeats/properties/min",
        "Die kleinste zulässige Zahl.",
    ),
    ("ConstraintSeats/properties/of", "Die gezählten Sitze."),
    (
        "ConstraintShare",
        "Bestimmte Sitze müssen einen Anteil anderer ausmachen.",
    ),
    (
        "ConstraintShare/properties/max",
        "Der größte zulässige Anteil.",
    ),
    (
        "ConstraintShare/properties/min",
        "Der kleinste zulässige Anteil.",
    ),
    (
        "ConstraintShare/properties/of",
        "Die Sitze, die als Ganzes zählen.",
    ),
    (
        "ConstraintShare/properties/part",
        "Die Sitze, die als Teil zählen.",
    ),
    (
        "ConstraintTermContinuesUntilSuccessorMeets",
        "Die Mitglieder bleiben im Amt, bis das Nachfolgegremium zum ersten Mal tagt.",
    ),
    (
        "ConstraintTermFollowsCouncil",
        "Die Amtszeit muss der Wahlperiode des Rates folgen.",
    ),
    (
        "ConstraintTermYears",
        "Die Amtszeit muss eine Zahl von Jahren dauern.",
    ),
    (
        "ConstraintTermYears/properties/years",
        "Die Zahl der Jahre.",
    ),
    (
        "Count",
        "Eine Anzahl, wie eine Quelle sie angibt („über 300“).",
    ),
    ("Count/properties/qualifier", "Wie genau sie bekannt ist."),
    ("Count/properties/value", "Die Nummer."),
    ("CountQualifier", "Wie genau eine Anzahl bekannt ist."),
    ("CountQualifier/oneOf/about", "Ungefähr („rund“)."),
    ("CountQualifier/oneOf/exact", "Genau der Wert."),
    (
        "CountQualifier/oneOf/more_than",
        "Mehr als der Wert („über“).",
    ),
    (
        "Date",
        "Ein Datum JJJJ-MM-TT (RFC 3339 full-date) in den Jahren 1900 bis 2199.",
    ),
    ("Duty", "Wie stark eine Pflicht ist, ein Gremium zu bilden."),
    ("Duty/oneOf/may", "Kann gebildet werden."),
    ("Duty/oneOf/must", "Muss gebildet werden (ist zu bilden)."),
    (
        "Duty/oneOf/must_on_request",
        "Muss gebildet werden, wenn genug Einwohnerinnen und Einwohner es beantragen (NRW: 200 Unterschriften).",
    ),
    ("Duty/oneOf/should", "Soll gebildet werden."),
    (
        "ElectionList",
        "Ein Wahlvorschlag: eine Liste oder eine Einzelbewerbung, mit ihren Stimmen und, wo bekannt, ihren Bewerbern in ihrer Reihenfolge.",
    ),
    (
        "ElectionList/properties/candidate_count",
        "Wie viele Bewerber die Liste benannt hat, wo ihre Namen nicht angegeben sind (oder zur Bestätigung): die meisten Sitze, die sie besetzen kann.",
    ),
    (
        "ElectionList/properties/candidates",
        "Die Bewerber in der Reihenfolge, in der sie die Sitze der Liste einnehmen (die Reihenfolge der Liste oder, wo das Gesetz nach persönlichen Stimmen ordnet, die Reihenfolge der Auszählung): Personen über einen Verweis, den der Herausgeber wählt. Die Bewerber jenseits der Sitze sind die Ersatzbewerber. Bei einer Einzelbewerbung die eine Person oder keine (dann ist der Name die Person).",
    ),
    (
        "ElectionList/properties/name",
        "Der Name der Liste oder der Einzelbewerbung.",
    ),
    (
        "ElectionList/properties/single_candidate",
        "Eine Einzelbewerbung, keine Liste: höchstens ein Sitz.",
    ),
    (
        "ElectionList/properties/votes",
        "Die gültigen Stimmen für den Wahlvorschlag (bei Kumulieren und Panaschieren die Summe der Stimmen seiner Bewerber).",
    ),
    (
        "EndCause",
        "Wie die Amtszeit eines Gremiums endete, wo sie nicht auf dem gewöhnlichen Weg endete.",
    ),
    (
        "EndCauseDissolved",
        "Das Dokument hält fest, dass das Gremium aufgelöst wurde.",
    ),
    (
        "EndCauseEndedEarly",
        "Das Dokument hält fest, dass die Amtszeit vorzeitig endete.",
    ),
    (
        "EndCauseLapsed",
        "Das Gremium ist am geprüften Tag kraft Gesetzes entfallen (die angewandte Regel).",
    ),
    (
        "EndCauseLapsed/properties/citation",
        "Die Fundstelle der Regel.",
    ),
    ("EndCauseLapsed/properties/rule", "Die Kennung der Regel."),
    (
        "Figures",
        "Die Zahlen eines Befunds als Daten: was gefunden wurde, was verlangt ist, und die beteiligten Sitzgruppen. Leere Teile werden nicht geschrieben.",
    ),
    ("Figures/properties/actual", "Was das Dokument hat."),
    (
        "Figures/properties/groups",
        "Die beteiligten Sitzgruppen, je Rolle in der Reihenfolge des Dokuments.",
    ),
    ("Figures/properties/required", "Was die Regel verlangt."),
    (
        "Finding",
        "Ein Befund einer Prüfung: ein Verstoß (eine verletzte Muss- oder Formregel), eine Warnung (eine verletzte Soll-Regel) oder ein Hinweis (eine nicht geprüfte Regel oder eine nicht erfüllte ungeprüfte Regel). Mit beständigem Code, JSON-Pointer, Regelkennung, Fundstelle als Struktur und als Text, den Zahlen als Daten, der kleinsten Abhilfe, wo der Sitzplan die Regel erfüllen kann, und der Meldung auf Deutsch und Englisch.",
    ),
    (
        "Finding/properties/citation",
        "Die Vorschrift als Struktur.",
    ),
    (
        "Finding/properties/citation_text",
        "Die Vorschrift, wie deutsche Juristen sie schreiben; aus der Fundstelle abgeleitet.",
    ),
    (
        "Finding/properties/code",
        "Welche Art von Prüfung fehlschlug.",
    ),
    (
        "Finding/properties/figures",
        "Die Zahlen: tatsächliche und verlangte Werte, die beteiligten Sitzgruppen.",
    ),
    (
        "Finding/properties/fix",
        "Die kleinsten Änderungen des Sitzplans, mit denen die Regel erfüllt ist.",
    ),
    (
        "Finding/properties/message",
        "Die Meldung auf Deutsch und Englisch; aus dem Übrigen abgeleitet.",
    ),
    (
        "Finding/properties/missing",
        "Bei nicht geprüften Regeln: was dem Dokument fehlt.",
    ),
    (
        "Finding/properties/note",
        "Bei Hinweisen: worauf der Hinweis hinweist.",
    ),
    (
        "Finding/properties/path",
        "Wo im Dokument: ein JSON-Pointer.",
    ),
    ("Finding/properties/rule", "Die Kennung der Regel."),
    (
        "Finding/properties/severity",
        "Wie schwer er wiegt: Verstoß (eine verletzte Muss- oder Formregel), Warnung (eine verletzte Soll-Regel) oder Hinweis.",
    ),
    (
        "Finding/properties/statement",
        "Die Aussage der Regel auf Deutsch und Englisch.",
    ),
    (
        "FindingCode",
        "Maschinenlesbare Art eines Befunds.\n\nDer geschriebene Code ist beständig: Er wird nie umbenannt oder wiederverwendet; neue Codes können hinzukommen. Welche Rechtsregel verletzt ist, sagen die Regel und die Fundstelle des Befunds; der Code sagt, welche Art von Prüfung fehlschlug, sodass ein Code für jedes Land gilt.",
    ),
    (
        "FindingCode/oneOf/ags_land_mismatch",
        "Der Landesschlüssel des AGS passt nicht zum angegebenen Land.",
    ),
    (
        "FindingCode/oneOf/body_lapsed",
        "Das Gremium ist kraft Gesetzes entfallen (ein Ausländerbeirat mit weniger als drei Mitgliedern, § 86 Abs. 1 S. 3 HGO): eine gesetzliche Folge, als Hinweis gemeldet.",
    ),
    (
        "FindingCode/oneOf/body_type_not_permitted",
        "Die Art des Gremiums war im Land am Prüftag nicht zulässig.",
    ),
    (
        "FindingCode/oneOf/candidate_count_mismatch",
        "Eine Einzelbewerbung nennt mehr als eine Person, oder die angegebene Bewerberzahl einer Liste weicht von den genannten Bewerbern ab (Formfehler).",
    ),
    (
        "FindingCode/oneOf/chair_not_member",
        "Ein Vorsitz, der aus den Mitgliedern (der Gruppe) zu wählen ist, hat keinen Sitz.",
    ),
    (
        "FindingCode/oneOf/chair_rule_not_allowed",
        "Die Art, wie der Vorsitz bestimmt wird, lässt die Regel nicht zu.",
    ),
    (
        "FindingCode/oneOf/date_out_of_range",
        "Ein Datum oder ein daraus berechnetes Datum (das Ende einer Amtszeit) liegt außerhalb des unterstützten Zeitraums.",
    ),
    (
        "FindingCode/oneOf/dates_out_of_order",
        "Tage, die aufeinander folgen müssen (die erfassten Wahltage einer Wahlperiode), sind nicht in Reihenfolge, oder einer steht doppelt.",
    ),
    (
        "FindingCode/oneOf/deputy_rule_not_allowed",
        "Die Art, wie die Stellvertretung im Vorsitz bestimmt wird, lässt die Regel nicht zu.",
    ),
    (
        "FindingCode/oneOf/duplicate_candidate",
        "Ein Wahlvorschlag nennt dieselbe Person zweimal (Formfehler).",
    ),
    (
        "FindingCode/oneOf/duplicate_document_id",
        "Zwei Dokumente in einem Verzeichnis haben dieselbe Kennung.",
    ),
    (
        "FindingCode/oneOf/duplicate_list_name",
        "Zwei Wahlvorschläge eines Wahlergebnisses haben denselben Namen (Formfehler).",
    ),
    (
        "FindingCode/oneOf/duplicate_rule_id",
        "Zwei Regeln eines Rechts haben dieselbe Kennung.",
    ),
    (
        "FindingCode/oneOf/duplicate_seat_group_id",
        "Zwei Sitzgruppen haben dieselbe Kennung.",
    ),
    (
        "FindingCode/oneOf/duplicate_voting_membership",
        "Eine Person hat zur selben Zeit zwei stimmberechtigte Mitgliedschaften.",
    ),
    (
        "FindingCode/oneOf/elected_seats_mismatch",
        "Die Wahl vergibt andere Sitze, als das Gremium in der an diesem Tag gewählten Amtszeit direkt gewählte Sitze hat.",
    ),
    (
        "FindingCode/oneOf/election_day_mismatch",
        "Die Mitglieder wurden nicht an dem Tag gewählt, den die Regel verlangt.",
    ),
    (
        "FindingCode/oneOf/empty_range",
        "Ein Zahlenbereich, dessen Minimum über seinem Maximum liegt.",
    ),
    (
        "FindingCode/oneOf/empty_selector",
        "Eine Sitzauswahl, die nichts auswählt (eine leere Liste von Sitzarten).",
    ),
    (
        "FindingCode/oneOf/empty_text",
        "Ein Pflichttext ist leer oder besteht nur aus Leerraum.",
    ),
    (
        "FindingCode/oneOf/filled_seats_exceed_seats",
        "Mehr Sitze sind als besetzt angegeben, als die Gruppe hat.",
    ),
    (
        "FindingCode/oneOf/founding_year_mismatch",
        "Das Gründungsjahr widerspricht dem Gründungstag oder liegt außerhalb des unterstützten Zeitraums.",
    ),
    (
        "FindingCode/oneOf/invalid_ags",
        "Kein 8-stelliger Amtlicher Gemeindeschlüssel mit einem Landesschlüssel 01–16.",
    ),
    (
        "FindingCode/oneOf/invalid_identifier",
        "Eine Kennung hat nicht die vorgeschriebene Form (Kleinbuchstaben, Ziffern, „_“, „-“, „.“).",
    ),
    (
        "FindingCode/oneOf/invalid_share",
        "Ein Anteil mit dem Nenner null oder einem Zähler darüber.",
    ),
    (
        "FindingCode/oneOf/invalid_validity",
        "Eine Geltungsdauer, deren Ende vor ihrem Beginn liegt.",
    ),
    (
        "FindingCode/oneOf/legal_basis_mismatch",
        "Die Rechtsgrundlage des Gremiums ist nicht von der Art, die die Regel verlangt.",
    ),
    (
        "FindingCode/oneOf/level_mismatch",
        "Die Ebene passt nicht zur Art der Organisation (etwa ein Gremium einer Gemeinde mit der Bundesebene).",
    ),
    (
        "FindingCode/oneOf/majority_required",
        "Eine Gruppe von Sitzen muss eine andere überwiegen und tut es nicht.",
    ),
    (
        "FindingCode/oneOf/member_count_exceeds_members",
        "Eine Sitzgruppe zählt mehr Mitglieder mit einem Merkmal (Frauen, Migrationsgeschichte), als sie besetzte Sitze hat (Formfehler).",
    ),
    (
        "FindingCode/oneOf/member_share_too_low",
        "Zu wenige Mitglieder haben ein Merkmal, das eine Regel verlangt (die Hälfte Frauen, eine Mehrheit mit Migrationsgeschichte).",
    ),
    (
        "FindingCode/oneOf/membership_cycle",
        "Ein Verband ist Mitglied seiner selbst, unmittelbar oder über andere.",
    ),
    (
        "FindingCode/oneOf/membership_ends_before_start",
        "Eine Mitgliedschaft in der Mitgliederliste endet vor ihrem Beginn.",
    ),
    (
        "FindingCode/oneOf/membership_outside_term",
        "Eine Mitgliedschaft beginnt vor oder endet nach der Amtszeit des Gremiums.",
    ),
    (
        "FindingCode/oneOf/missing_area",
        "Ein lokales Netzwerk nennt sein Gebiet nicht.",
    ),
    (
        "FindingCode/oneOf/missing_constitution_date",
        "Eine Amtszeit, die nicht der Wahlperiode des Rates folgt, hat keinen Tag der Konstituierung.",
    ),
    (
        "FindingCode/oneOf/missing_land",
        "Ein Verband oder Netzwerk auf Landes- oder Ortsebene nennt sein Land nicht.",
    ),
    (
        "FindingCode/oneOf/no_body_in_office",
        "Das Gesetz verlangt das Gremium, und an dem Tag ist keine Amtszeit im Amt: die letzte erfasste Amtszeit ist ohne erfasstes Nachfolgegremium beendet, oder das Gremium wurde aufgelöst.",
    ),
    (
        "FindingCode/oneOf/no_lists",
        "Ein Wahlergebnis nennt keinen Wahlvorschlag (Formfehler).",
    ),
    (
        "FindingCode/oneOf/no_seat_groups",
        "Ein Gremium hat keine Sitzgruppen.",
    ),
    (
        "FindingCode/oneOf/overlapping_regimes",
        "Zwei Regelungen für dasselbe Land, dieselbe Art und Ebene gelten am selben Tag.",
    ),
    (
        "FindingCode/oneOf/overlapping_versions",
        "Zwei Fassungen einer Regel (Kennungen gleich bis auf ein Fassungsjahr) gelten am selben Tag.",
    ),
    (
        "FindingCode/oneOf/reference_mismatch",
        "Ein Verweis nennt ein Dokument einer anderen Art, eines anderen Landes oder einer anderen Stufe, als die Verbindung verlangt.",
    ),
    (
        "FindingCode/oneOf/right_narrowed",
        "Ein örtliches Recht ist schwächer als das gesetzliche Recht derselben Art gegenüber demselben Organ: Eine Satzung kann ein gesetzliches Recht nicht nehmen.",
    ),
    (
        "FindingCode/oneOf/roster_exceeds_seats",
        "Am Stichtag haben mehr Mitglieder Sitze einer Gruppe, als sie Sitze hat.",
    ),
    (
        "FindingCode/oneOf/rule_outside_coverage",
        "Eine Regel gilt außerhalb des Zeitraums, den ihre Regelung erfasst.",
    ),
    (
        "FindingCode/oneOf/seat_count_out_of_range",
        "Eine Sitzzahl liegt außerhalb des Bereichs, den die Regel zulässt.",
    ),
    (
        "FindingCode/oneOf/seat_group_not_allowed",
        "Eine Sitzgruppe ist von einer Art, die die Regel in diesem Gremium nicht zulässt.",
    ),
    (
        "FindingCode/oneOf/share_out_of_range",
        "Ein Anteil der Sitze liegt außerhalb des Bereichs, den die Regel zulässt.",
    ),
    (
        "FindingCode/oneOf/stage_not_supported",
        "Die Nachweise tragen die Entwicklungsstufe nicht, die ein Netzwerk angibt.",
    ),
    (
        "FindingCode/oneOf/successor_date_without_continuation",
        "Ein Sitzungstag der Nachfolger ist angegeben für eine Amtszeit, die nicht bis dahin fortdauert.",
    ),
    (
        "FindingCode/oneOf/successor_meets_before_start",
        "Das Nachfolgegremium soll vor Beginn dieser Amtszeit zum ersten Mal getagt haben.",
    ),
    (
        "FindingCode/oneOf/term_continuation_mismatch",
        "Die Amtszeit dauert nicht fort, bis das Nachfolgegremium zum ersten Mal tagt, obwohl die Regel es sagt (oder umgekehrt).",
    ),
    (
        "FindingCode/oneOf/term_ends_before_start",
        "Eine Amtszeit endet vor ihrem Beginn.",
    ),
    (
        "FindingCode/oneOf/term_given_twice",
        "Ein Dokument nennt eine einzelne Amtszeit und zugleich eine Liste von Amtszeiten.",
    ),
    (
        "FindingCode/oneOf/term_length_mismatch",
        "Die Amtszeit hat nicht die Dauer, die die Regel verlangt.",
    ),
    (
        "FindingCode/oneOf/text_too_long",
        "Ein Text ist länger als erlaubt (gezählt in Unicode-Zeichen).",
    ),
    (
        "FindingCode/oneOf/too_few_meetings",
        "Das Gremium tagt seltener, als die Regel verlangt.",
    ),
    (
        "FindingCode/oneOf/too_many_findings",
        "Ein Dokument hat mehr Befunde, als aufgeführt sind; der Befund nennt die Zahl der ausgelassenen.",
    ),
    (
        "FindingCode/oneOf/too_many_seats",
        "Das Gremium hat insgesamt mehr Sitze als erlaubt.",
    ),
    (
        "FindingCode/oneOf/unknown_reference",
        "Ein Verweis nennt ein Dokument, das nicht im Verzeichnis ist.",
    ),
    (
        "FindingCode/oneOf/unknown_replaced_rule",
        "Eine Regel nennt als ersetzte Regel eine, die es nicht gibt oder die zu einer anderen Art oder einem anderen Land gehört.",
    ),
    (
        "FindingCode/oneOf/unknown_seat_group",
        "Ein Verweis nennt eine Sitzgruppe, die es nicht gibt.",
    ),
    (
        "FindingCode/oneOf/unsupported_schema_version",
        "Die Schemaversion des Dokuments ist keine, die diese Bibliothek liest.",
    ),
    (
        "FindingCode/oneOf/verified_on_weak_source",
        "Eine Regel ist als geprüft markiert, stützt sich aber auf eine Quelle, die das nicht trägt (ein kommunales Dokument, eine Umschreibung).",
    ),
    (
        "FindingCode/oneOf/zero_count",
        "Eine Zahl, die positiv sein muss, ist null (eine Sitzgruppe ohne Sitze).",
    ),
    (
        "Fix",
        "Die kleinsten Änderungen des Sitzplans, mit denen eine Regel zur Zusammensetzung erfüllt ist: Jede Möglichkeit genügt allein. Regeln, die der Sitzplan nicht allein erfüllen kann (Vorsitz, Amtszeit, Merkmale der Mitglieder), haben keine Abhilfe.",
    ),
    (
        "Fix/properties/options",
        "Die Möglichkeiten, die kleinste zuerst: Sitze hinzufügen vor Sitze streichen.",
    ),
    (
        "FixOption",
        "Ein Weg, die Regel zu erfüllen: Änderungen, die zusammen gelten.",
    ),
    ("FixOption/properties/changes", "Die Änderungen."),
    (
        "FixOption/properties/conflicts",
        "Die anderen geltenden Sitzregeln, von deren Erfüllung sich diese Möglichkeit entfernt (oder die sie verletzt): Danach braucht es mehr geänderte Sitze als vorher, um sie zu erfüllen. Leer, wenn sie keiner widerspricht.",
    ),
    ("Following", "„f.“ oder „ff.“ nach einer zitierten Einheit."),
    (
        "Following/oneOf/one",
        "„f.“: die zitierte Einheit und die nächste.",
    ),
    (
        "Following/oneOf/several",
        "„ff.“: die zitierte Einheit und die folgenden.",
    ),
    (
        "Governance",
        "Ob ein Gesetz eine Art von Gremium in einem Land regelt oder nur Ortsrecht.",
    ),
    (
        "Governance/oneOf/local_only",
        "Kein Gesetz regelt das Gremium; es beruht auf einem Ratsbeschluss oder einer Satzung nach den allgemeinen Befugnissen, die die Regelung nennt.",
    ),
    (
        "Governance/oneOf/statute",
        "Ein Landesgesetz schreibt das Gremium vor oder lässt es zu und regelt es.",
    ),
    (
        "GroupFigure",
        "Eine Sitzgruppe, die ein Befund betrifft, mit der Kennung und Bezeichnung aus dem Dokument.",
    ),
    (
        "GroupFigure/properties/id",
        "Die Kennung der Gruppe im Dokument.",
    ),
    (
        "GroupFigure/properties/label",
        "Die Bezeichnung der Gruppe im Dokument.",
    ),
    ("GroupFigure/properties/role", "Ihre Rolle."),
    ("GroupFigure/properties/seats", "Die Sitze der Gruppe."),
    (
        "GroupRef",
        "Die Worte des Dokuments für eine Sitzgruppe, die eine Abhilfe nennt.",
    ),
    (
        "GroupRef/properties/id",
        "Die Kennung der Gruppe im Dokument.",
    ),
    (
        "GroupRef/properties/label",
        "Die Bezeichnung der Gruppe im Dokument.",
    ),
    ("GroupRole", "Die Rolle einer Sitzgruppe in einem Befund."),
    (
        "GroupRole/oneOf/compared",
        "Seine Sitze sind das, womit der tatsächliche Wert verglichen wird (die zu überwiegenden Sitze, der Rest des Ganzen).",
    ),
    (
        "GroupRole/oneOf/concerned",
        "Die Gruppe selbst verletzt die Regel (eine unzulässige Art, eine Gruppe über ihren Sitzen).",
    ),
    (
        "GroupRole/oneOf/counted",
        "Seine Sitze zählen zum tatsächlichen Wert (die Mehrheit, der Teil, die gezählten Sitze).",
    ),
    (
        "JsonPointer",
        "Eine Stelle in einem JSON-Dokument als JSON-Pointer nach RFC 6901 (etwa die Sitzzahl der ersten Sitzgruppe). Der leere Pointer ist das ganze Dokument.",
    ),
    (
        "Jurisdiction",
        "Wohin ein Gremium gehört, wie im Dokument angegeben.",
    ),
    (
        "Jurisdiction/properties/ags",
        "Der Amtliche Gemeindeschlüssel, wenn angegeben.",
    ),
    (
        "Jurisdiction/properties/area",
        "Der Name der Gemeinde, des Kreises oder Bezirks („Köln“).",
    ),
    ("Jurisdiction/properties/land", "Das Land."),
    ("Jurisdiction/properties/level", "Die Verwaltungsebene."),
    (
        "Land",
        "Ein deutsches Land. Die Liste der 16 Länder ist abgeschlossen.\n\nGeschrieben als der zweibuchstabige Code der amtlichen Statistik und von ISO 3166-2:DE ohne das Präfix „DE-“ („NW“, „HE“, …).",
    ),
    ("Land/oneOf/BB", "Brandenburg."),
    (
        "Land/oneOf/BE",
        "Berlin (Stadtstaat; seine Bezirke sind keine Gemeinden).",
    ),
    ("Land/oneOf/BW", "Baden-Württemberg."),
    ("Land/oneOf/BY", "Bayern."),
    (
        "Land/oneOf/HB",
        "Bremen (Stadtstaat: Bremen und Bremerhaven).",
    ),
    ("Land/oneOf/HE", "Hessen."),
    ("Land/oneOf/HH", "Hamburg (Stadtstaat)."),
    ("Land/oneOf/MV", "Mecklenburg-Vorpommern."),
    ("Land/oneOf/NI", "Niedersachsen."),
    ("Land/oneOf/NW", "Nordrhein-Westfalen."),
    ("Land/oneOf/RP", "Rheinland-Pfalz."),
    ("Land/oneOf/SH", "Schleswig-Holstein."),
    ("Land/oneOf/SL", "Saarland."),
    ("Land/oneOf/SN", "Sachsen."),
    ("Land/oneOf/ST", "Sachsen-Anhalt."),
    ("Land/oneOf/TH", "Thüringen."),
    (
        "LegalBasis",
        "Worauf ein Gremium rechtlich beruht.\n\nGeschrieben mit einem Feld „kind“: {\"kind\": \"statute\", \"citation\": {…}}.",
    ),
    (
        "LegalBasisAdministrativeDecision",
        "Eine Entscheidung einer Behörde oder eines Ausschusses des Parlaments eines Stadtstaats (Bremen: eine Deputation; Hamburg: die Sozialbehörde nach § 16 Verwaltungsbehördengesetz).",
    ),
    (
        "LegalBasisAdministrativeDecision/properties/adopted_on",
        "Wann es entschieden wurde, wenn bekannt.",
    ),
    (
        "LegalBasisAdministrativeDecision/properties/enabling",
        "Das Gesetz, das die Behörde ermächtigt, wenn bekannt.",
    ),
    (
        "LegalBasisAdministrativeDecision/properties/title",
        "Was entschieden wurde, kurz.",
    ),
    (
        "LegalBasisCouncilResolution",
        "Ein Beschluss des Rates (Ratsbeschluss, Stadtratsbeschluss).",
    ),
    (
        "LegalBasisCouncilResolution/properties/adopted_on",
        "Wann es beschlossen wurde, wenn bekannt.",
    ),
    (
        "LegalBasisCouncilResolution/properties/enabling",
        "Das Gesetz, das den Rat ermächtigt, wenn bekannt.",
    ),
    (
        "LegalBasisCouncilResolution/properties/title",
        "Was beschlossen wurde, kurz.",
    ),
    (
        "LegalBasisKind",
        "Die Art einer Rechtsgrundlage, für Regeln, die eine verlangen.",
    ),
    (
        "LegalBasisKind/oneOf/administrative_decision",
        "Eine Verwaltungsentscheidung.",
    ),
    (
        "LegalBasisKind/oneOf/council_resolution",
        "Ein Ratsbeschluss.",
    ),
    ("LegalBasisKind/oneOf/satzung", "Eine Satzung."),
    ("LegalBasisKind/oneOf/statute", "Ein Gesetz."),
    (
        "LegalBasisSatzung",
        "Eine Satzung der Gemeinde (Satzung, Hauptsatzung).",
    ),
    (
        "LegalBasisSatzung/properties/adopted_on",
        "Wann es beschlossen wurde, wenn bekannt.",
    ),
    (
        "LegalBasisSatzung/properties/enabling",
        "Das Gesetz, das die Gemeinde ermächtigt (Art. 23 GO Bayern, § 4 Abs. 1 GemO BW …), wenn bekannt.",
    ),
    ("LegalBasisSatzung/properties/title", "Sein Titel."),
    (
        "LegalBasisStatute",
        "Ein Landesgesetz schreibt das Gremium unmittelbar vor oder lässt es zu (NRW § 27 GO, Hessen §§ 84–89 HGO, RLP § 56 GemO).",
    ),
    ("LegalBasisStatute/properties/citation", "Die Vorschrift."),
    ("Level", "Die Verwaltungsebene, zu der ein Gremium gehört."),
    (
        "Level/oneOf/borough",
        "Ein Bezirk eines Stadtstaats oder einer Stadt.",
    ),
    ("Level/oneOf/county", "Ein Kreis (Landkreis, Kreis)."),
    ("Level/oneOf/federal", "Der Verbund als Ganzes."),
    (
        "Level/oneOf/municipal_association",
        "Ein Gemeindeverband mit eigener Vertretung zwischen Gemeinde und Kreis: die Verbandsgemeinde (Rheinland-Pfalz, Sachsen-Anhalt), die Samtgemeinde (Niedersachsen), das Amt (Brandenburg, Mecklenburg-Vorpommern, Schleswig-Holstein).",
    ),
    (
        "Level/oneOf/municipality",
        "Eine Gemeinde (Gemeinde, Stadt).",
    ),
    ("Level/oneOf/state", "Ein Land als Ganzes."),
    (
        "LocalMethod",
        "Das Verfahren der Sitzverteilung, das eine örtliche Wahlordnung oder Satzung nennt, mit der Vorschrift, die es nennt.",
    ),
    (
        "LocalMethod/properties/citation",
        "Die Vorschrift der Wahlordnung oder Satzung, die es nennt, wenn bekannt.",
    ),
    ("LocalMethod/properties/kind", "Das Verfahren."),
    (
        "LocalRight",
        "Ein Beteiligungsrecht, das eine Satzung oder ein Ratsbeschluss gewährt und das im Dokument des Gremiums steht (Dresden: Anhörungs- und Rederecht).",
    ),
    (
        "LocalRight/properties/citation",
        "Die Vorschrift des Ortsrechts.",
    ),
    (
        "LocalRight/properties/id",
        "Kennung, eindeutig im Dokument.",
    ),
    ("LocalRight/properties/kind", "Die Art des Rechts."),
    (
        "LocalRight/properties/matters",
        "Die Angelegenheiten, die es umfasst.",
    ),
    (
        "LocalRight/properties/modality",
        "Wie bindend die Pflicht des Organs ist („muss“, wenn nichts anderes gesagt ist).",
    ),
    (
        "LocalRight/properties/organs",
        "Die Organe, die es betrifft (mindestens eines).",
    ),
    (
        "LocalRight/properties/statement",
        "Das Recht in einem Satz, wie das Ortsrecht es formuliert.",
    ),
    (
        "LocalRight/properties/validity",
        "Wann es gilt; fehlt die Angabe, gilt es immer.",
    ),
    (
        "LocalRule",
        "Eine Regel des Ortsrechts, die ein Dokument mit sich führt (eine Hauptsatzung, die den Kölner Integrationsrat auf 33 Sitze festlegt, zwei Drittel gewählt).",
    ),
    (
        "LocalRule/properties/citation",
        "Die Vorschrift des Ortsrechts.",
    ),
    ("LocalRule/properties/constraint", "Die Prüfung."),
    ("LocalRule/properties/id", "Kennung, eindeutig im Dokument."),
    (
        "LocalRule/properties/statement",
        "Was es verlangt, in einem Satz.",
    ),
    (
        "LocalRule/properties/validity",
        "Wann es gilt; fehlt die Angabe, gilt es immer.",
    ),
    ("Matters", "Die Angelegenheiten, die ein Recht umfasst."),
    ("Matters/oneOf/all", "Alle Angelegenheiten der Gemeinde."),
    (
        "Matters/oneOf/concerning_the_group",
        "Angelegenheiten, die die Gruppe betreffen, die das Gremium vertritt.",
    ),
    (
        "Matters/oneOf/delegated",
        "Angelegenheiten, die der Rat dem Gremium überträgt.",
    ),
    (
        "Matters/oneOf/important_concerning_the_group",
        "Wichtige Angelegenheiten, die die Gruppe betreffen.",
    ),
    (
        "Matters/oneOf/referred",
        "Fragen, die der Rat, ein Ausschuss oder der Bürgermeister dem Gremium vorlegt.",
    ),
    (
        "MaturityStage",
        "Die Entwicklungsstufe eines lokalen Netzwerks von Migrantenorganisationen im Drei-Phasen-Modell des Bundesverbands NeMO. Der Verband betont, dass die Stufen ein Modell ohne scharfe Grenzen sind.",
    ),
    (
        "MaturityStage/oneOf/federation",
        "Lokaler Verbund: durch seine Arbeit belegt, mit arbeitsfähigen Organen, Ansprechpersonen, Geschäftsstellen und Personal.",
    ),
    (
        "MaturityStage/oneOf/initiative",
        "Lokale Initiative: unverbindliche herkunftsübergreifende Zusammenarbeit.",
    ),
    (
        "MaturityStage/oneOf/network",
        "Lokales Netzwerk: verbindliche Zusammenarbeit mit regelmäßigen Sitzungen und Beschlüssen, Organen und Ansprechpersonen.",
    ),
    (
        "MemberAttribute",
        "Ein Merkmal von Mitgliedern, das manche Regeln zählen (Mitglieder mit einem Merkmal).",
    ),
    (
        "MemberAttribute/oneOf/migration_history",
        "Das Mitglied hat eine Migrationsgeschichte.",
    ),
    ("MemberAttribute/oneOf/woman", "Das Mitglied ist eine Frau."),
    (
        "MemberReference",
        "Ein typisierter Verweis auf ein anderes Dokument über dessen Kennung.",
    ),
    (
        "MemberReference/properties/id",
        "Die Kennung des Dokuments, auf das verwiesen wird.",
    ),
    (
        "MemberReference/properties/kind",
        "Die Art von Dokument, die es sein muss.",
    ),
    ("Membership", "Eine Mitgliedschaft in der Mitgliederliste."),
    (
        "Membership/properties/council_member",
        "Das Mitglied ist auch Ratsmitglied (ein Ratsmitglied auf einem gewählten Sitz, die Kaufbeurer Integrationsbeauftragte).",
    ),
    (
        "Membership/properties/end_date",
        "Letzter Tag der Mitgliedschaft.",
    ),
    (
        "Membership/properties/on_behalf_of",
        "Die Gruppe, Liste oder Organisation, für die das Mitglied sitzt (eine Liste, eine Fraktion, ein Verband).",
    ),
    (
        "Membership/properties/person",
        "Die Person, über einen Verweis, den der Herausgeber wählt (eine Kennung, kein Name).",
    ),
    ("Membership/properties/role", "Die Rolle."),
    (
        "Membership/properties/seat_group",
        "Die Sitzgruppe, in der das Mitglied einen Sitz hat; fehlt bei einem Vorsitz ohne Sitz (Stuttgart: der Oberbürgermeister).",
    ),
    (
        "Membership/properties/start_date",
        "Erster Tag der Mitgliedschaft.",
    ),
    (
        "Messages",
        "Die Meldungen eines Befunds in beiden Sprachen, wie geschrieben.",
    ),
    ("Messages/properties/de", "Deutsch."),
    ("Messages/properties/en", "Englisch."),
    (
        "Missing",
        "Was einem Dokument fehlt, damit eine Regel geprüft werden kann.",
    ),
    (
        "Missing/oneOf/chair",
        "Das Dokument sagt nicht, wie der Vorsitz bestimmt wird.",
    ),
    (
        "Missing/oneOf/constitution_date",
        "Das Dokument nennt den Tag der konstituierenden Sitzung nicht, und das Gesetz legt den Beginn der Amtszeit nicht fest: Angenommen wird der Tag, nach dem die Amtszeit eingeordnet ist (ihre Wahl).",
    ),
    (
        "Missing/oneOf/deputies",
        "Das Dokument sagt nicht, wie die Stellvertretung im Vorsitz bestimmt wird.",
    ),
    (
        "Missing/oneOf/election_day",
        "Das Dokument nennt keinen Wahltag, oder für das Land ist keine Wahlperiode des Rates hinterlegt, mit der er zu vergleichen wäre.",
    ),
    (
        "Missing/oneOf/established_under",
        "Die Mitglieder wurden später als der Rat gewählt. Das ist nur zulässig, wenn das Gremium auf Antrag oder freiwillig gebildet wurde, und das Dokument sagt nicht, auf welcher Grundlage es gebildet wurde.",
    ),
    (
        "Missing/oneOf/meetings_per_year",
        "Das Dokument sagt nicht, wie oft das Gremium tagt.",
    ),
    (
        "Missing/oneOf/migration_history",
        "Das Dokument sagt nicht, wie viele Mitglieder eine Migrationsgeschichte haben.",
    ),
    ("Missing/oneOf/term", "Das Dokument nennt keine Amtszeit."),
    (
        "Missing/oneOf/women",
        "Das Dokument sagt nicht, wie viele Mitglieder Frauen sind.",
    ),
    (
        "Modality",
        "Wie bindend eine Regel ist, in den Begriffen des deutschen Verwaltungsrechts.\n\nEine verletzte Muss-Regel ist ein Verstoß, eine verletzte Soll-Regel eine Warnung: „soll“ bindet außer im atypischen Fall, den nur die Gemeinde beurteilen kann.",
    ),
    (
        "Modality/oneOf/may",
        "Zulässig, nicht vorgeschrieben („kann“).",
    ),
    (
        "Modality/oneOf/must",
        "Bindend („muss“, „ist zu“, „darf nicht“).",
    ),
    (
        "Modality/oneOf/should",
        "Bindend außer im atypischen Fall („soll“).",
    ),
    (
        "NetworkCharacteristics",
        "Die veröffentlichten Merkmale, die ein Verbund haben muss, um dem Bundesverband (BV NeMO) beizutreten. Über die Mitgliedschaft selbst entscheidet der Bundesvorstand.",
    ),
    (
        "NetworkCharacteristics/properties/democratic",
        "Nach außen und innen demokratisch.",
    ),
    (
        "NetworkCharacteristics/properties/independent_of_origin_governments",
        "Unabhängig von Regierungen und Parteien der Herkunftsländer.",
    ),
    (
        "NetworkCharacteristics/properties/municipal_participation",
        "Auf Teilhabe an kommunalen Angelegenheiten in Deutschland ausgerichtet.",
    ),
    (
        "NetworkCharacteristics/properties/party_neutral",
        "Parteipolitisch neutral.",
    ),
    (
        "NetworkCharacteristics/properties/secular",
        "Weltanschaulich neutral (säkular).",
    ),
    (
        "NetworkEvidence",
        "Die Nachweise, die die Dokumente eines Netzwerks festhalten.",
    ),
    (
        "NetworkEvidence/properties/contact_persons",
        "Das Netzwerk hat klare Ansprechpersonen.",
    ),
    (
        "NetworkEvidence/properties/cooperation_across_origins",
        "Die Mitgliedsorganisationen arbeiten herkunfts- und kulturübergreifend zusammen.",
    ),
    (
        "NetworkEvidence/properties/cooperation_resolutions",
        "Die Mitglieder haben Beschlüsse zu ihrer Zusammenarbeit gefasst.",
    ),
    (
        "NetworkEvidence/properties/external_presentation_resolutions",
        "Die Mitglieder haben Beschlüsse zu ihrer Außendarstellung gefasst.",
    ),
    (
        "NetworkEvidence/properties/first_office_on",
        "Wann es seine erste Geschäftsstelle eröffnete, wenn bekannt.",
    ),
    (
        "NetworkEvidence/properties/offices",
        "Wie viele Geschäftsstellen es unterhält.",
    ),
    (
        "NetworkEvidence/properties/organs",
        "Wie viele Organe das Netzwerk hat (Vorstand, Versammlung, …).",
    ),
    (
        "NetworkEvidence/properties/organs_functioning",
        "Die Organe arbeiten (tagen, entscheiden, sind besetzt).",
    ),
    (
        "NetworkEvidence/properties/proven_work",
        "Dokumentierte Arbeit, die das Netzwerk belegt (Projekte, Partnerschaften).",
    ),
    (
        "NetworkEvidence/properties/registered_on",
        "Wann es ins Vereinsregister eingetragen wurde (e. V.), wenn überhaupt; kein Merkmal einer Stufe.",
    ),
    (
        "NetworkEvidence/properties/regular_meetings",
        "Die Mitglieder treffen sich regelmäßig (regelmäßige Sitzungen).",
    ),
    (
        "NetworkEvidence/properties/staff",
        "Wie viele Mitarbeiterinnen und Mitarbeiter es hat.",
    ),
    (
        "NetworkMembers",
        "Die Mitgliedsorganisationen eines Netzwerks.",
    ),
    (
        "NetworkMembers/properties/count",
        "Wie viele Mitgliedsorganisationen es gibt.",
    ),
    (
        "NetworkMembers/properties/origins",
        "Die vertretenen Herkunftsländer oder -regionen, wenn erfasst.",
    ),
    (
        "NoCandidates",
        "Was geschieht, wenn eine Wahl keine (oder zu wenige) Bewerberinnen und Bewerber findet.",
    ),
    ("NoCandidates/properties/citation", "Die Vorschrift."),
    (
        "NoCandidates/properties/instead",
        "Das Gremium, das stattdessen zu bilden ist, falls eines.",
    ),
    (
        "NoCandidates/properties/lapses_for_years",
        "Für wie viele Jahre die Pflicht entfällt, wenn das Gesetz es sagt.",
    ),
    (
        "NoCandidates/properties/statement",
        "Was sie besagt, auf Deutsch und Englisch: der Wortlaut des Gesetzes, wo das Deutsche ein Zitat in „…“ ist, sonst eine Umschreibung.",
    ),
    ("NoteKind", "Worauf ein Hinweis hinweist."),
    (
        "NoteKind/oneOf/effect_applied",
        "Eine gesetzliche Folge wurde angewandt (das Gremium ist entfallen): Das Gesetz wirkt, das Dokument muss es nicht sagen.",
    ),
    (
        "NoteKind/oneOf/not_checked",
        "Die Regel konnte nicht geprüft werden: Dem Dokument fehlt, was sie braucht (der Befund sagt, was).",
    ),
    (
        "NoteKind/oneOf/unverified_rule_broken",
        "Das Gremium verletzt eine Regel, die die Bibliothek als ungeprüft führt.",
    ),
    (
        "Office",
        "Wo ein Gremium an einem Tag steht: sein Stand, die betroffene Amtszeit und deren Tage.",
    ),
    (
        "Office/properties/end_cause",
        "Warum das Gremium vorzeitig nicht mehr im Amt ist, wo es das ist.",
    ),
    (
        "Office/properties/next_term_begins",
        "Der erste Tag der nächsten erfassten Amtszeit, wenn eine folgt.",
    ),
    (
        "Office/properties/period",
        "Die betroffene Amtszeit: die laufende, die zuletzt beendete oder, vor der ersten, die erste.",
    ),
    ("Office/properties/status", "Wo das Gremium steht."),
    ("OfficeStatus", "Wo ein Gremium an einem Tag steht."),
    (
        "OfficeStatus/oneOf/awaiting_successor",
        "Eine Amtszeit ist beendet, und die nächste erfasste hat noch nicht begonnen.",
    ),
    (
        "OfficeStatus/oneOf/continuing",
        "Nach der regelmäßigen Amtszeit noch im Amt bis zum ersten Zusammentritt des Nachfolgegremiums, weil Gesetz oder Dokument es so bestimmen (und, solange dieser Tag nicht bekannt ist, als noch im Amt angenommen).",
    ),
    (
        "OfficeStatus/oneOf/dissolved",
        "Aufgelöst, wie das Dokument festhält, oder kraft Gesetzes entfallen (ein Ausländerbeirat mit weniger als drei Mitgliedern, § 86 Abs. 1 S. 3 HGO).",
    ),
    (
        "OfficeStatus/oneOf/ended",
        "Die letzte erfasste Amtszeit ist beendet; kein Nachfolgegremium ist erfasst.",
    ),
    (
        "OfficeStatus/oneOf/in_office",
        "Innerhalb der regelmäßigen Amtszeit.",
    ),
    (
        "OfficeStatus/oneOf/not_yet_constituted",
        "Vor dem ersten Tag der ersten erfassten Amtszeit.",
    ),
    ("Organ", "Das Organ, das ein Recht betrifft."),
    ("Organ/oneOf/committee", "Die Ausschüsse des Rates."),
    (
        "Organ/oneOf/council",
        "Die Vertretung (Rat, Gemeindevertretung, Stadtverordnetenversammlung, Kreistag).",
    ),
    ("Organ/oneOf/district_council", "Eine Bezirksvertretung."),
    (
        "Organ/oneOf/executive",
        "Der Bürgermeister oder der Verwaltungsvorstand (Bürgermeister, Gemeindevorstand, Magistrat).",
    ),
    (
        "Plan",
        "Eine Sitzverteilung: die zusammen vorzunehmenden Änderungen und was sie kosten.",
    ),
    (
        "Plan/properties/changes",
        "Die Änderungen, wie eine Verwaltung sie vornähme: Sitze, die von einer Gruppe zu einer anderen wechseln, dann hinzukommende Sitze, wegfallende Sitze (alle Sitze einer Gruppe: die Gruppe entfällt) und neue Gruppen.",
    ),
    (
        "Plan/properties/groups_touched",
        "Die Sitzgruppen, die der Vorschlag ändert, neue Gruppen eingeschlossen.",
    ),
    (
        "Plan/properties/seats_after",
        "Die Sitze des Gremiums nach den Änderungen.",
    ),
    (
        "Plan/properties/seats_changed",
        "Die geänderten Sitze: die Summe der Sitze, die jede Gruppe gewinnt oder verliert (ein Sitz, der die Gruppe wechselt, ändert zwei).",
    ),
    (
        "Plan/properties/unmet",
        "Regeln, die der Vorschlag unerfüllt lässt, obwohl das Gremium sie erfüllen könnte: Soll-Regeln, die kein Vorschlag dieser Größe zugleich mit allen Muss-Regeln erfüllt, und Regeln über die Mitglieder hinter den Sitzen (besetzte Sitze, Merkmale der Mitglieder), die das Gremium jetzt erfüllt und danach nicht mehr erfüllen würde.",
    ),
    (
        "Proposal",
        "Ein Vorschlag, der das Gremium rechtmäßig macht: die kleinste Änderung der Sitzverteilung über alle Sitzgruppen hinweg, nach der jede bestätigte Muss-Regel der Sitzverteilung erfüllt ist, die an dem Tag gilt, gesetzliche und örtliche zusammen (Sitzzahlen, Anteile, Mehrheiten, zulässige Gruppen). Eine Verwaltung schreibt einen Beschlussvorschlag, nicht einen je Feststellung.\\n\\nDie Sitzverteilung ist die Zahl der Sitze jeder Sitzgruppe; eine Gruppe kann alle Sitze verlieren (sie entfällt), und eine neue Gruppe kann hinzukommen, wo eine Regel Sitze einer Art verlangt, die dem Gremium fehlt. Die Größe eines Vorschlags ist die Zahl der geänderten Sitze: die Summe der Sitze, die jede Gruppe gewinnt oder verliert, sodass ein Sitz, der von einer Gruppe zu einer anderen wechselt, zwei ändert. Unter den Vorschlägen kleinster Größe lässt der Vorschlag die wenigsten Soll-Regeln unerfüllt, ändert dann die wenigsten Gruppen und dann die Gesamtzahl der Sitze am wenigsten. Eine Gruppe, auf die Vorsitz, Stellvertretung oder Mitgliederliste verweisen, behält mindestens einen Sitz, es sei denn, eine Regel lässt ihre Art nicht zu.\\n\\nDie Prüfung fügt einem Bericht nur dann einen Vorschlag bei, wenn eine Sitzregel verletzt ist; sind nur Soll-Regeln verletzt, erfüllt der Vorschlag auch sie. Regeln über die Mitglieder hinter den Sitzen (besetzte Sitze, Frauen, Migrationsgeschichte) kann die Sitzverteilung nicht ändern: Der Vorschlag hält sie erfüllt, wo das Gremium sie erfüllt, und nennt sie unter den unerfüllten Regeln, wo er es nicht kann. Nicht bestätigte Regeln bleiben außer Betracht.",
    ),
    (
        "Proposal/properties/alternatives",
        "Bis zu drei weitere Vorschläge derselben Größe, der bessere zuerst.",
    ),
    (
        "Proposal/properties/conflicting",
        "Wenn keine Sitzverteilung alle Muss-Regeln erfüllt: die Regeln, die sich nicht zugleich erfüllen lassen, eine kleinste solche Menge (eine Regel, wenn keine Sitzverteilung auch nur sie allein erfüllt).",
    ),
    (
        "Proposal/properties/exhaustive",
        "Ob die Suche alle nötigen Sitzverteilungen durchgegangen ist: falsch nur, wenn der Suchraum zu groß war und die Suche abgebrochen wurde; ein dann gefundener Vorschlag erfüllt die Regeln, aber es kann einen kleineren geben.",
    ),
    (
        "Proposal/properties/plan",
        "Der kleinste Vorschlag; fehlt, wenn keine Sitzverteilung alle Muss-Regeln zugleich erfüllt (die widersprüchlichen Regeln sagen dann, welche Regeln einander widersprechen) oder wenn die Suche abgebrochen wurde.",
    ),
    (
        "ProvisionUnit",
        "Ob eine Vorschrift ein Paragraf (§) oder ein Artikel (Art.) ist.",
    ),
    (
        "ProvisionUnit/oneOf/article",
        "Ein Artikel, geschrieben „Art.“ (bayerische Gesetze, das Grundgesetz).",
    ),
    (
        "ProvisionUnit/oneOf/section",
        "Ein Paragraf, geschrieben „§“ (die meisten Länder).",
    ),
    (
        "Quantity",
        "Eine Zahl eines Befunds: eine Anzahl mit ihrer Einheit, ein Anteil oder ein Datum.\n\nGeschrieben mit der Einheit als Schlüssel: {\"seats\": 5}, {\"share\": {\"part\": 5, \"whole\": 18}}, {\"date\": \"2020-10-31\"}.",
    ),
    (
        "QuantityCharacters",
        "Eine Textlänge in Unicode-Zeichen (scalar values).",
    ),
    ("QuantityDate", "Ein Kalendertag."),
    ("QuantityFindings", "Eine Zahl von Befunden."),
    (
        "QuantityMeetingsPerYear",
        "Eine Zahl von Sitzungen im Jahr.",
    ),
    (
        "QuantityMemberShare",
        "Ein Teil einer Zahl von Mitgliedern.",
    ),
    ("QuantityMembers", "Eine Zahl von Mitgliedern."),
    (
        "QuantityRatio",
        "Ein Bruch, den eine Regel nennt (zwei Drittel), als Teil/Ganzes.",
    ),
    ("QuantitySeats", "Eine Zahl von Sitzen."),
    ("QuantityShare", "Ein Teil einer Zahl von Sitzen."),
    ("QuantityVersion", "Eine Fassung des Dokumentformats."),
    ("QuantityYears", "Eine Zahl von Jahren."),
    (
        "Ratio",
        "Ein Bruch Zähler / Nenner für Anteilsregeln (⅔, ½).",
    ),
    ("Ratio/properties/denominator", "Der Nenner (mindestens 1)."),
    (
        "Ratio/properties/numerator",
        "Der Zähler (höchstens der Nenner).",
    ),
    (
        "ReferenceKind",
        "Die Art von Dokument, auf die ein Verweis zeigt.",
    ),
    ("ReferenceKind/oneOf/association", "Ein Verbands-Dokument."),
    ("ReferenceKind/oneOf/network", "Ein Netzwerk-Dokument."),
    (
        "ReferenceKind/oneOf/representation_body",
        "Ein Dokument eines Vertretungsgremiums.",
    ),
    (
        "ReportStatus",
        "Das Ergebnis eines Prüfberichts in einem Wort.",
    ),
    (
        "ReportStatus/oneOf/compliant",
        "Keine Muss-Regel ist verletzt, und das Gremium ist im Amt (oder das Dokument nennt keine Amtszeit).",
    ),
    (
        "ReportStatus/oneOf/not_compliant",
        "Eine Muss-Regel ist verletzt.",
    ),
    (
        "ReportStatus/oneOf/not_in_office",
        "Keine Muss-Regel ist verletzt, aber an diesem Tag ist keine Amtszeit des Gremiums im Amt: noch nicht konstituiert, Nachfolger noch nicht zusammengetreten, beendet oder aufgelöst. Über die Rechtmäßigkeit wird für einen solchen Tag nicht geurteilt.",
    ),
    ("Requirement", "Was eine Regel von einer Anzahl verlangt."),
    (
        "RequirementAtLeast",
        "Mindestens so viel (bei einem Datum: nicht davor).",
    ),
    (
        "RequirementAtMost",
        "Höchstens so viel (bei einem Datum: nicht danach).",
    ),
    ("RequirementBetween", "Innerhalb dieses Bereichs."),
    (
        "RequirementBetween/properties/between/properties/max",
        "Das zulässige Maximum.",
    ),
    (
        "RequirementBetween/properties/between/properties/min",
        "Das zulässige Minimum.",
    ),
    ("RequirementExactly", "Genau so viel."),
    ("RequirementMoreThan", "Mehr als dies."),
    ("RightKind", "Die Art eines Beteiligungsrechts."),
    (
        "RightKind/oneOf/attendance_and_speaking",
        "An den Sitzungen des Organs teilnehmen und reden (Teilnahme- und Rederecht).",
    ),
    (
        "RightKind/oneOf/comment",
        "Zu Fragen, die dem Gremium vorgelegt werden, Stellung nehmen (Stellungnahme).",
    ),
    (
        "RightKind/oneOf/delegated_decision",
        "Über Angelegenheiten entscheiden, die der Rat überträgt (übertragene Entscheidung).",
    ),
    (
        "RightKind/oneOf/hearing",
        "Vor einer Entscheidung angehört werden (Anhörungsrecht).",
    ),
    (
        "RightKind/oneOf/information",
        "Unterrichtet werden (Informationsrecht, Unterrichtung).",
    ),
    (
        "RightKind/oneOf/motion",
        "Einen Antrag stellen, mit dem sich das Organ befassen muss (Antragsrecht).",
    ),
    (
        "RightKind/oneOf/proposal",
        "Vorschläge und Anregungen machen (Vorschlagsrecht, Anregung).",
    ),
    ("Role", "Die Rolle eines Mitglieds im Gremium."),
    ("Role/oneOf/chair", "Der Vorsitz."),
    ("Role/oneOf/deputy_chair", "Ein stellvertretender Vorsitz."),
    ("Role/oneOf/member", "Ein einfaches Mitglied."),
    (
        "Role/oneOf/substitute",
        "Eine persönliche Stellvertretung eines Mitglieds.",
    ),
    ("RuleKind", "Worum es bei einer Regel des Katalogs geht."),
    (
        "RuleKind/oneOf/allocation",
        "Wie die Sitze der direkt gewählten Mitglieder aus den Stimmen verteilt werden.",
    ),
    (
        "RuleKind/oneOf/composition",
        "Zusammensetzung, Vorsitz, Amtszeit und Rechtsgrundlage eines Gremiums.",
    ),
    (
        "RuleKind/oneOf/establishment",
        "Die Pflicht, ein Gremium zu bilden.",
    ),
    (
        "RuleKind/oneOf/franchise",
        "Wer wählen und gewählt werden darf.",
    ),
    ("RuleKind/oneOf/right", "Ein Beteiligungsrecht."),
    (
        "RuleRef",
        "Eine Regel, die in der Abhilfe einer Feststellung oder in einem Vorschlag genannt wird: ihre Kennung für Programme, ihre Fundstelle und Aussage für Menschen und wie schwer ihre Verletzung wiegt (ein Verstoß bei einer Muss-Regel, eine Warnung bei einer Soll-Regel).",
    ),
    ("RuleRef/properties/citation", "Die Vorschrift."),
    (
        "RuleRef/properties/rule",
        "Die Kennung der Regel, wie in der Feststellung.",
    ),
    (
        "RuleRef/properties/severity",
        "Was eine Verletzung der Regel ist: ein Verstoß bei einer Muss-Regel, eine Warnung bei einer Soll-Regel.",
    ),
    ("RuleRef/properties/statement", "Die Aussage der Regel."),
    ("Scope", "Wohin ein Verband oder Netzwerk gehört."),
    (
        "Scope/properties/area",
        "Das Gebiet („Dortmund“), bei lokalen Netzwerken.",
    ),
    (
        "Scope/properties/land",
        "Das Land; fehlt nur auf Bundesebene.",
    ),
    (
        "Scope/properties/level",
        "Die Ebene: Land oder Bund bei Verbänden; Gemeinde, Kreis oder Bezirk bei lokalen Netzwerken.",
    ),
    ("SeatChange", "Eine Änderung des Sitzplans."),
    (
        "SeatChangeAddSeats",
        "Einer vorhandenen Sitzgruppe mehr Sitze geben.",
    ),
    ("SeatChangeAddSeats/properties/group", "Die Gruppe."),
    (
        "SeatChangeAddSeats/properties/seats",
        "Wie viele Sitze mehr.",
    ),
    (
        "SeatChangeMoveSeats",
        "Sitze von einer vorhandenen Sitzgruppe zu einer anderen verlegen („ein Sitz wechselt von … zu …“): so viele Sitze weniger für die abgebende wie mehr für die aufnehmende Gruppe. Ein Sitz, der wechselt, ändert zwei Sitze.",
    ),
    (
        "SeatChangeMoveSeats/properties/from",
        "Die Gruppe, die die Sitze abgibt.",
    ),
    (
        "SeatChangeMoveSeats/properties/seats",
        "Wie viele Sitze wechseln.",
    ),
    (
        "SeatChangeMoveSeats/properties/to",
        "Die Gruppe, die sie erhält.",
    ),
    ("SeatChangeNewGroup", "Eine neue Sitzgruppe hinzufügen."),
    (
        "SeatChangeNewGroup/properties/filling",
        "Wie seine Sitze besetzt werden.",
    ),
    (
        "SeatChangeNewGroup/properties/seats",
        "Wie viele Sitze es hat.",
    ),
    (
        "SeatChangeNewGroup/properties/voting",
        "Ob sie stimmberechtigt sind.",
    ),
    (
        "SeatChangeRemoveSeats",
        "Einer vorhandenen Gruppe Sitze nehmen; alle ihre Sitze: sie streichen.",
    ),
    ("SeatChangeRemoveSeats/properties/group", "Die Gruppe."),
    (
        "SeatChangeRemoveSeats/properties/seats",
        "Wie viele Sitze weniger.",
    ),
    (
        "SeatClass",
        "Eine Art von Sitzen, die eine Regel zählen kann.",
    ),
    (
        "SeatClass/oneOf/administration_staff",
        "Sitze, die Verwaltungsmitarbeitende besetzen.",
    ),
    ("SeatClass/oneOf/any", "Jeder Sitz."),
    (
        "SeatClass/oneOf/appointed",
        "Sitze, die berufene Personen besetzen.",
    ),
    (
        "SeatClass/oneOf/council_delegated",
        "Sitze, die vom Rat entsandte Ratsmitglieder besetzen.",
    ),
    (
        "SeatClass/oneOf/council_member",
        "Jeder Sitz, den ein Ratsmitglied innehat: die vom Rat entsandten Sitze und Sitze, deren Inhaber in anderer Rolle Ratsmitglieder sind.",
    ),
    (
        "SeatClass/oneOf/delegated_by_organisation",
        "Sitze, die von Organisationen entsandte Personen besetzen.",
    ),
    (
        "SeatClass/oneOf/directly_elected",
        "Sitze, die direkt Gewählte besetzen.",
    ),
    (
        "SeatClass/oneOf/ex_officio",
        "Sitze, die Mitglieder kraft Amtes besetzen.",
    ),
    ("SeatFilling", "Wie die Sitze einer Gruppe besetzt werden."),
    (
        "SeatFilling/oneOf/administration_staff",
        "Mitarbeitende der Gemeindeverwaltung (Verwaltung, Geschäftsstelle).",
    ),
    (
        "SeatFilling/oneOf/appointed",
        "Vom Rat oder der Verwaltung berufene oder hinzugewählte Personen: sachkundige Einwohner/Bürger, Fachkräfte, berufene Mitglieder, Bürgerdeputierte.",
    ),
    (
        "SeatFilling/oneOf/council_delegated",
        "Ratsmitglieder, die der Rat aus seiner Mitte bestellt (vom Rat aus seiner Mitte bestellte Ratsmitglieder, Bezirksverordnete).",
    ),
    (
        "SeatFilling/oneOf/delegated_by_organisation",
        "Delegierte von Einrichtungen oder Organisationen (Wohlfahrtsverbände, Migrantenorganisationen).",
    ),
    (
        "SeatFilling/oneOf/directly_elected",
        "Unmittelbar von wahlberechtigten Einwohnerinnen und Einwohnern gewählt (gewählte Mitglieder).",
    ),
    (
        "SeatFilling/oneOf/ex_officio",
        "Mitglieder kraft Amtes: der Bürgermeister, die Integrationsbeauftragte.",
    ),
    (
        "SeatGroup",
        "Eine Sitzgruppe, wie sie im Dokument steht, vor der Prüfung.",
    ),
    (
        "SeatGroup/properties/council_members",
        "Die Inhaber sind in anderer Rolle Ratsmitglieder (Kaufbeuren: Die Integrationsbeauftragte wählt der Rat aus seiner Mitte). Bei vom Rat entsandten Sitzen ohnehin.",
    ),
    (
        "SeatGroup/properties/filled",
        "Wie viele Sitze besetzt sind, wenn es weniger als die Sitze sind (Lüdenscheid 2025: 6 von 8 gewählten Sitzen). Fehlt die Angabe, sind alle besetzt.",
    ),
    (
        "SeatGroup/properties/filling",
        "Wie die Sitze besetzt werden.",
    ),
    (
        "SeatGroup/properties/id",
        "Kennung, eindeutig im Gremium (Kleinbuchstaben, Ziffern, „_“, „-“, „.“).",
    ),
    (
        "SeatGroup/properties/label",
        "Die amtliche deutsche Bezeichnung dieser Mitglieder („direkt gewählte Mitglieder“, „Fachkräfte“).",
    ),
    (
        "SeatGroup/properties/office",
        "Das Amt, bei Sitzen kraft Amtes („Oberbürgermeister“).",
    ),
    (
        "SeatGroup/properties/seats",
        "Wie viele Sitze die Gruppe hat (mindestens 1).",
    ),
    (
        "SeatGroup/properties/voting",
        "Ob die Mitglieder stimmberechtigt sind.",
    ),
    (
        "SeatGroup/properties/with_migration_history",
        "Wie viele der Mitglieder eine Migrationsgeschichte haben, wenn das Dokument es sagt (für Soll-Regeln wie § 32 Abs. 2 BezVG). Höchstens die besetzten Sitze.",
    ),
    (
        "SeatGroup/properties/women",
        "Wie viele der Mitglieder Frauen sind, wenn das Dokument es sagt (für Soll-Regeln wie § 89 Abs. 1 S. 5 HGO). Höchstens die besetzten Sitze.",
    ),
    (
        "SeatSelector",
        "Die Sitze, die eine Regel zählt: jede Gruppe, die zu einer der Sitzarten gehört, und mit „nur stimmberechtigte“ nur Gruppen mit Stimmrecht.",
    ),
    (
        "SeatSelector/properties/classes",
        "Die Sitzarten; eine Gruppe ist ausgewählt, wenn sie zu einer davon gehört.",
    ),
    (
        "SeatSelector/properties/voting_only",
        "Nur stimmberechtigte Sitze zählen.",
    ),
    (
        "Severity",
        "Wie schwer ein Befund wiegt.\n\nDas deutsche Verwaltungsrecht unterscheidet „muss“ (bindend), „soll“ (bindend außer im atypischen Fall) und „kann“ (eine Wahl).",
    ),
    (
        "Severity/oneOf/note",
        "Eine Regel, die nicht geprüft werden konnte, oder eine ungeprüfte Regel, die das Gremium nicht erfüllt (Hinweis).",
    ),
    (
        "Severity/oneOf/violation",
        "Eine verletzte Muss-Regel oder eine Formregel: Das Gremium entspricht nicht dem Recht (Verstoß).",
    ),
    (
        "Severity/oneOf/warning",
        "Eine verletzte Soll-Regel: bindend, außer im atypischen Fall, den die Gemeinde begründen können muss (Warnung).",
    ),
    (
        "Share",
        "Ein Teil eines Ganzen, etwa der Anteil der gewählten Sitze eines Gremiums.",
    ),
    ("Share/properties/part", "Der Teil."),
    ("Share/properties/whole", "Das Ganze."),
    (
        "SourceKind",
        "Die Art der Quelle, auf der eine Regel beruht. Nur eine Regel, die im Gesetzestext in einer datierten Fassung, im Gesetz- und Verordnungsblatt oder in einem amtlichen Dokument des Landtags oder eines Ministeriums gelesen wurde, darf als geprüft gelten; ein kommunales Dokument oder eine Umschreibung lässt sie ungeprüft, so plausibel sie sein mag (`validate` weist eine geprüfte Regel auf schwächerer Quelle zurück).",
    ),
    (
        "SourceKind/oneOf/gazette",
        "Das amtliche Verkündungsblatt (GV. NRW., GVBl., Amtsblatt …).",
    ),
    (
        "SourceKind/oneOf/municipal_quote",
        "Ein Dokument einer Kommune oder eines Verbands, das den Gesetzestext wörtlich zitiert.",
    ),
    (
        "SourceKind/oneOf/official_document",
        "Ein amtliches Dokument des Landtags oder eines Ministeriums (eine Drucksache, ein Plenarprotokoll, ein Erlass, eine Veröffentlichung der Landeswahlleitung).",
    ),
    (
        "SourceKind/oneOf/paraphrase",
        "Eine Umschreibung oder eine Sekundärquelle: eine kommunale Seite, ein Verband, die Presse, ein Kommentar.",
    ),
    (
        "SourceKind/oneOf/statute_text",
        "Der Gesetzestext in einer datierten Fassung: ein amtliches Rechtsportal oder eine Abschrift, die die wiedergegebene Fassung nennt.",
    ),
    (
        "SourceKind/oneOf/undated_copy",
        "Eine Abschrift des Gesetzestexts, die nicht angibt, welche Fassung sie wiedergibt (eine kommerzielle oder private Sammlung ohne Fassungsangabe): der Wortlaut ist gelesen, aber nicht als das Recht eines bekannten Tages.",
    ),
    (
        "Statement",
        "Die Aussage der Regel, die ein Befund verletzt, in beiden Sprachen. Die Aussage einer örtlichen Regel wird unverändert in beiden verwendet.",
    ),
    ("Statement/properties/de", "Deutsch."),
    ("Statement/properties/en", "Englisch."),
    (
        "Term",
        "Eine Amtszeit, wie sie im Dokument steht, vor der Prüfung.\n\nJedes Feld ist freiwillig: Was das Dokument offenlässt, entscheidet bei der Prüfung das Gesetz (die Amtszeit eines NRW-Integrationsrates ohne Angabe der Dauer folgt der Wahlperiode des Rates, § 27 Abs. 2 S. 1 GO NRW; sagt das Dokument nichts zur Fortdauer im Amt, gilt, was das am Ende der Amtszeit geltende Gesetz sagt). Nur was das Dokument ausdrücklich sagt, kann einer Regel widersprechen.",
    ),
    (
        "Term/properties/composition",
        "Die Sitze in dieser Amtszeit, wo sie von der Zusammensetzung des Dokuments abweichen.",
    ),
    (
        "Term/properties/constituted_on",
        "Der Tag der konstituierenden Sitzung. Erforderlich bei einer Amtszeit in Jahren oder mit festem Ende; eine Amtszeit nach der Wahlperiode des Rates beginnt mit dieser, wenn das Dokument nichts sagt.",
    ),
    (
        "Term/properties/continues_until_successor_meets",
        "Ob die Mitglieder nach der Amtszeit bis zum ersten Zusammentritt des Nachfolgegremiums im Amt bleiben; fehlt die Angabe, gilt, was das am Ende der Amtszeit geltende Gesetz sagt (NRW § 27 Abs. 2 S. 6 GO NRW bis 2018).",
    ),
    (
        "Term/properties/elected_on",
        "Der Tag, an dem die Mitglieder gewählt wurden, bei einem Gremium mit gewählten Mitgliedern.",
    ),
    (
        "Term/properties/ended",
        "Wie die Amtszeit endete, wo sie nicht auf dem gewöhnlichen Weg endete (aufgelöst, vorzeitig beendet).",
    ),
    (
        "Term/properties/length",
        "Wie lange die Amtszeit dauert; fehlt die Angabe, wie das geltende Gesetz sagt.",
    ),
    (
        "Term/properties/official_name",
        "Die amtliche Bezeichnung des Gremiums in dieser Amtszeit, wo sie von der des Dokuments abweicht (NRW: „Integrationsrat“ bis 2025, „Ausschuss für Chancengerechtigkeit und Integration“ ab der Amtszeit, die am 1. November 2025 beginnt).",
    ),
    (
        "Term/properties/roster",
        "Die Mitglieder dieser Amtszeit, wo das Dokument sie je Amtszeit aufführt.",
    ),
    (
        "Term/properties/successor_first_met_on",
        "Der Tag, an dem das Nachfolgegremium erstmals zusammentrat, sobald er bekannt ist. In einer Liste von Amtszeiten sagt der Tag der Konstituierung der nächsten Amtszeit dasselbe.",
    ),
    (
        "TermEnding",
        "Wie eine Amtszeit endete, wo sie nicht auf dem gewöhnlichen Weg endete.\n\nGeschrieben mit einer Angabe „kind“, etwa {\"kind\": \"dissolved\", \"on\": \"2023-07-13\"}.",
    ),
    (
        "TermEndingDissolved",
        "Das Gremium wurde aufgelöst: Es dauert nicht fort, und ein Nachfolgegremium folgt nur, wenn das Dokument eines nennt.",
    ),
    (
        "TermEndingDissolved/properties/on",
        "Der erste Tag, an dem das Gremium nicht mehr im Amt ist.",
    ),
    (
        "TermEndingEndedEarly",
        "Die Amtszeit endete vor ihrem regelmäßigen Ende (eine Wiederholungswahl, ein Beschluss des Rates); ein Nachfolgegremium kann folgen.",
    ),
    (
        "TermEndingEndedEarly/properties/on",
        "Der erste Tag, an dem die Mitglieder nicht mehr im Amt sind.",
    ),
    (
        "TermLength",
        "Wie lange eine Amtszeit dauert.\n\nGeschrieben mit einem Feld „kind“, das die Art der Dauer nennt, neben deren Angaben (etwa dem Wahltag des Rates).",
    ),
    (
        "TermLengthCouncilTerm",
        "Die Amtszeit folgt der Wahlperiode des Rates (NRW: 5 Jahre ab dem 1. November des Wahljahres; Bayern: 6 Jahre ab dem 1. Mai nach der Wahl). Die Bibliothek leitet das Ende aus der Regel des Landes zur Wahlperiode ab.",
    ),
    (
        "TermLengthCouncilTerm/properties/council_elected_on",
        "Der Tag der Kommunalwahl, mit der die Wahlperiode begann.",
    ),
    (
        "TermLengthFixedEnd",
        "Eine Amtszeit mit bekanntem letztem Tag (eine verkürzte Amtszeit, oder eine, die die Quellen nur mit ihrem Ende nennen).",
    ),
    (
        "TermLengthFixedEnd/properties/ends_on",
        "Der letzte Tag der Amtszeit.",
    ),
    (
        "TermLengthYears",
        "Eine feste Zahl von Jahren ab der Konstituierung (Rheinland-Pfalz: 5 Jahre).",
    ),
    (
        "TermLengthYears/properties/years",
        "Die Zahl der Jahre (mindestens 1).",
    ),
    (
        "TermPeriod",
        "Die Tage einer erfassten Amtszeit, wie Dokument und Gesetz sie bestimmen.",
    ),
    (
        "TermPeriod/properties/continues",
        "Woher die Fortdauer bis zum Zusammentritt des Nachfolgegremiums kommt; fehlt sie, dauert die Amtszeit nicht fort.",
    ),
    (
        "TermPeriod/properties/ended",
        "Wie die Amtszeit endete, wo das Dokument es festhält.",
    ),
    (
        "TermPeriod/properties/first_day",
        "Der erste Tag im Amt: die konstituierende Sitzung, wo das Dokument sie nennt, sonst der erste Tag der Wahlperiode des Rates, der die Amtszeit folgt, sonst der Tag, nach dem die Amtszeit eingeordnet ist.",
    ),
    (
        "TermPeriod/properties/first_day_assumed",
        "Ob der erste Tag nur der Tag ist, nach dem die Amtszeit eingeordnet ist, weil weder Dokument noch Gesetz den ersten Tag festlegen.",
    ),
    (
        "TermPeriod/properties/last_regular_day",
        "Der letzte Tag der regelmäßigen Amtszeit; fehlt er, legen weder Dokument noch Gesetz die Dauer fest.",
    ),
    (
        "TermPeriod/properties/length_basis",
        "Woher die Dauer kommt; fehlt die Angabe, legt nichts sie fest.",
    ),
    (
        "TermPeriod/properties/successor_met_on",
        "Der Tag, an dem das Nachfolgegremium erstmals zusammentrat: der erste Tag der nächsten Amtszeit oder der Tag, den das Dokument nennt.",
    ),
    (
        "TermPeriod/properties/term",
        "Die Stelle der Amtszeit in der Liste der Amtszeiten des Dokuments (0 bei einer einzelnen Amtszeit).",
    ),
    (
        "Validity",
        "Ein halboffener Zeitraum [ab, bis), in dem eine Regel gilt.\n\nOhne „ab“ gilt sie, solange die Vorschrift besteht (für örtliche Regeln, deren Datum das Dokument nicht nennt); ohne „bis“ gilt sie noch.",
    ),
    (
        "Validity/properties/from",
        "Erster Tag der Geltung (einschließlich).",
    ),
    (
        "Validity/properties/until",
        "Erster Tag, an dem sie nicht mehr gilt (ausschließlich).",
    ),
    (
        "VotingRight",
        "Ob die Mitglieder einer Sitzgruppe stimmberechtigt sind.",
    ),
    (
        "VotingRight/oneOf/advisory",
        "Ein beratender Sitz ohne Stimmrecht.",
    ),
    (
        "VotingRight/oneOf/voting",
        "Ein Sitz mit Stimmrecht (stimmberechtigt).",
    ),
    (
        "association/properties/countries_of_origin",
        "Aus wie vielen Herkunftsländern seine Mitglieder kommen.",
    ),
    (
        "association/properties/document_type",
        "Immer der Wert für einen Verband.",
    ),
    (
        "association/properties/english_label",
        "Eine englische Bezeichnung.",
    ),
    (
        "association/properties/fields_of_work",
        "Seine Arbeitsfelder (Kompetenzfelder).",
    ),
    (
        "association/properties/founded_on",
        "Wann es gegründet wurde, wenn der Tag bekannt ist.",
    ),
    (
        "association/properties/founded_year",
        "Das Gründungsjahr, wenn nur das Jahr bekannt ist (AGABY: 1993). Muss zum Gründungstag passen, wenn beide angegeben sind.",
    ),
    ("association/properties/id", "Eine beständige Kennung."),
    ("association/properties/kind", "Die Art."),
    (
        "association/properties/legal_anchoring",
        "Ein Gesetz, das den Verband nennt (LAKA: § 10 PartIntG BW).",
    ),
    (
        "association/properties/member_organisations",
        "Wie viele Mitgliedsorganisationen es hat, nach den Quellen.",
    ),
    (
        "association/properties/members",
        "Seine Mitglieder, die selbst Dokumente dieser Bibliothek sind (die kommunalen Gremien eines Landesverbands, die Landesverbände des Bundesverbands); das Verzeichnis löst sie auf.",
    ),
    (
        "association/properties/official_name",
        "Die amtliche deutsche Bezeichnung.",
    ),
    (
        "association/properties/recognitions",
        "Amtliche Anerkennungen („anerkannter Elternverband“).",
    ),
    (
        "association/properties/schema_version",
        "Die Fassung des Dokumentformats.",
    ),
    ("association/properties/scope", "Wohin es gehört."),
    (
        "association/properties/sources",
        "Woher die Angaben stammen.",
    ),
    (
        "catalogue_entry/properties/body_types",
        "Die Arten von Gremien, für die sie gilt.",
    ),
    (
        "catalogue_entry/properties/certainty",
        "Wie sicher sich die Bibliothek ist.",
    ),
    (
        "catalogue_entry/properties/check",
        "Bei Regeln zur Zusammensetzung: die Prüfung und der Code, den ihr Verstoß trägt.",
    ),
    ("catalogue_entry/properties/citation", "Die Vorschrift."),
    (
        "catalogue_entry/properties/citation_text",
        "Die Fundstelle als Text („§ 27 Abs. 1 GO NRW“).",
    ),
    (
        "catalogue_entry/properties/id",
        "Die beständige Kennung der Regel.",
    ),
    (
        "catalogue_entry/properties/if_no_candidates",
        "Bei einer Pflicht, ein Gremium zu bilden: was geschieht, wenn sich niemand zur Wahl stellt (die Pflicht entfällt, ein anderes Gremium wird gebildet), mit der Fundstelle.",
    ),
    (
        "catalogue_entry/properties/kind",
        "Worum es bei der Regel geht.",
    ),
    ("catalogue_entry/properties/land", "Das Land."),
    (
        "catalogue_entry/properties/levels",
        "Die Ebenen, auf denen sie gilt (leer bei Wahlrechtsregeln: jede Ebene).",
    ),
    (
        "catalogue_entry/properties/modality",
        "Wie bindend: „muss“, „soll“ oder „kann“ (bei Regeln zur Bildung: wie stark die Pflicht ist).",
    ),
    (
        "catalogue_entry/properties/note",
        "Was bei der Erfassung entschieden wurde und was nicht geprüft ist.",
    ),
    (
        "catalogue_entry/properties/replaces",
        "Die Kennung der Regel, die sie ersetzt, wenn sie eine spätere Fassung einer Regel ist.",
    ),
    ("catalogue_entry/properties/source", "Wo es gelesen wurde."),
    (
        "catalogue_entry/properties/source_kind",
        "Die Art der Quelle, auf der sie beruht.",
    ),
    (
        "catalogue_entry/properties/statement",
        "Was sie besagt, auf Deutsch und Englisch: der Wortlaut des Gesetzes, wo das Deutsche ein Zitat in „…“ ist, sonst eine Umschreibung.",
    ),
    ("catalogue_entry/properties/validity", "Wann es gilt."),
    (
        "election_result/properties/body",
        "Die Kennung des Gremiums, dessen Mitglieder gewählt wurden.",
    ),
    (
        "election_result/properties/body_type",
        "Die Art des Gremiums, wo das Recht des Landes Regeln für mehrere hat.",
    ),
    (
        "election_result/properties/document_type",
        "Immer der Wert für ein Wahlergebnis.",
    ),
    (
        "election_result/properties/election_day",
        "Der Wahltag: Das an diesem Tag geltende Recht verteilt die Sitze.",
    ),
    (
        "election_result/properties/id",
        "Eine beständige Kennung dieses Wahlergebnisses.",
    ),
    ("election_result/properties/land", "Das Land."),
    (
        "election_result/properties/level",
        "Die Ebene des Gremiums, wo das Recht des Landes Regeln für mehrere hat; fehlt sie, eine Gemeinde.",
    ),
    (
        "election_result/properties/lists",
        "Die Wahlvorschläge und Einzelbewerbungen in der Reihenfolge des Stimmzettels.",
    ),
    (
        "election_result/properties/method",
        "Das Verfahren, das die örtliche Wahlordnung oder Satzung nennt, wo das Gesetz es dem Ortsrecht überlässt (dann erforderlich) oder die Wahl lässt.",
    ),
    (
        "election_result/properties/note",
        "Was über die Zahlen zu wissen ist (vorläufig, berichtigt, erschlossen).",
    ),
    (
        "election_result/properties/schema_version",
        "Die Fassung des Dokumentformats.",
    ),
    (
        "election_result/properties/seats",
        "Die Zahl der zu vergebenden Sitze: die direkt gewählten Sitze des Gremiums.",
    ),
    (
        "election_result/properties/sources",
        "Woher die Zahlen stammen (URLs oder Verweise).",
    ),
    (
        "election_result/properties/title",
        "Was gewählt wurde, für Menschen („Wahl zum Integrationsrat der Stadt Bonn am 14. September 2025“).",
    ),
    (
        "network/properties/characteristics",
        "Die Merkmale, die der Bundesverband von einem Verbund verlangt.",
    ),
    (
        "network/properties/claimed_stage",
        "Die Stufe, die das Netzwerk angibt.",
    ),
    (
        "network/properties/document_type",
        "Immer der Wert für ein Netzwerk.",
    ),
    (
        "network/properties/english_label",
        "Eine englische Bezeichnung.",
    ),
    (
        "network/properties/evidence",
        "Die Nachweise seiner Entwicklung.",
    ),
    (
        "network/properties/founded_on",
        "Wann es gegründet wurde, wenn bekannt.",
    ),
    ("network/properties/id", "Eine beständige Kennung."),
    (
        "network/properties/members",
        "Seine Mitgliedsorganisationen.",
    ),
    (
        "network/properties/official_name",
        "Die amtliche deutsche Bezeichnung.",
    ),
    (
        "network/properties/schema_version",
        "Die Fassung des Dokumentformats.",
    ),
    ("network/properties/scope", "Wo es arbeitet."),
    ("network/properties/sources", "Woher die Angaben stammen."),
    (
        "report/properties/basis",
        "Die Vorschrift, auf der die Art des Gremiums in diesem Land beruht.",
    ),
    ("report/properties/body_type", "Die Art des Gremiums."),
    (
        "report/properties/checked_on",
        "Der Tag, für den das Recht angewandt wurde.",
    ),
    (
        "report/properties/governance",
        "Ob ein Gesetz die Art von Gremium regelt oder nur Ortsrecht.",
    ),
    ("report/properties/land", "Das Land."),
    (
        "report/properties/notes",
        "Regeln, die nicht angewandt werden konnten (fehlende Angaben), und ungeprüfte Regeln, die das Gremium nicht erfüllt.",
    ),
    (
        "report/properties/office",
        "Wo das Gremium an dem Tag steht: im Amt, fortdauernd, beendet, …; fehlt die Angabe, nennt das Dokument keine Amtszeit.",
    ),
    (
        "report/properties/omitted",
        "Verstöße und Warnungen über der Grenze, gezählt, nicht aufgeführt; ein Verstoß „zu viele Befunde“ schließt dann die Liste.",
    ),
    (
        "report/properties/proposal",
        "Wenn eine Sitzregel verletzt ist: die kleinste Änderung der Sitzverteilung, die alle Sitzregeln zugleich erfüllt, oder die Regeln, die einander widersprechen.",
    ),
    (
        "report/properties/schema_version",
        "Die Fassung des Berichtsformats: 2, seit Befunde Gewicht, Zahlen, Abhilfen und Meldungen tragen.",
    ),
    (
        "report/properties/status",
        "Das Ergebnis in einem Wort: rechtmäßig, nicht rechtmäßig oder nicht im Amt (kein Urteil über die Rechtmäßigkeit für einen Tag, an dem keine Amtszeit im Amt ist).",
    ),
    (
        "report/properties/violations",
        "Jede verletzte Muss-Regel, gesetzlich und örtlich.",
    ),
    (
        "report/properties/warnings",
        "Jede verletzte Soll-Regel: bindend außer im atypischen Fall, den die Gemeinde begründen können muss.",
    ),
    (
        "representation_body/properties/body_type",
        "Die Art des Gremiums.",
    ),
    ("representation_body/properties/composition", "Seine Sitze."),
    (
        "representation_body/properties/document_type",
        "Immer der Wert für ein Vertretungsgremium.",
    ),
    (
        "representation_body/properties/english_label",
        "Eine englische Bezeichnung („Cologne Integration Council“).",
    ),
    (
        "representation_body/properties/established_under",
        "Die Grundlage, auf der das Gremium gebildet wurde, wenn das Dokument sie nennt (NRW: Ein auf Antrag oder freiwillig gebildetes Gremium darf später als der Rat gewählt werden).",
    ),
    (
        "representation_body/properties/id",
        "Eine beständige Kennung, die der Herausgeber wählt („koeln-integrationsrat“).",
    ),
    (
        "representation_body/properties/jurisdiction",
        "Wohin es gehört.",
    ),
    (
        "representation_body/properties/legal_basis",
        "Worauf es rechtlich beruht.",
    ),
    (
        "representation_body/properties/local_rights",
        "Beteiligungsrechte, die die Satzung des Gremiums oder ein Ratsbeschluss gewährt (Dresden: Anhörungs- und Rederecht), jedes mit seiner Fundstelle.",
    ),
    (
        "representation_body/properties/local_rules",
        "Regeln des Ortsrechts (Hauptsatzung, Beschluss), die das Gremium auch erfüllen muss, jede mit ihrer Fundstelle.",
    ),
    (
        "representation_body/properties/meetings_per_year",
        "Wie oft das Gremium im Jahr tagt (wie seine Geschäftsordnung es festlegt oder wie es im letzten Jahr tagte), wenn das Dokument es sagt.",
    ),
    (
        "representation_body/properties/official_name",
        "Die amtliche deutsche Bezeichnung („Integrationsrat der Stadt Köln“).",
    ),
    (
        "representation_body/properties/roster",
        "Die Mitglieder, wenn das Dokument sie aufführt.",
    ),
    (
        "representation_body/properties/schema_version",
        "Die Fassung des Dokumentformats; diese Bibliothek liest Fassung 1.",
    ),
    (
        "representation_body/properties/sources",
        "Woher die Angaben im Dokument stammen (URLs oder Verweise).",
    ),
    (
        "representation_body/properties/term",
        "Die Amtszeit, wenn das Dokument eine einzelne Amtszeit nennt. Ein Dokument nennt entweder eine Amtszeit („term“) oder eine Liste von Amtszeiten („terms“), nicht beides.",
    ),
    (
        "representation_body/properties/terms",
        "Die aufeinanderfolgenden Amtszeiten, die früheste zuerst, wo das Dokument das Gremium über seine Geschichte festhält. Jede Amtszeit kann ihre eigene amtliche Bezeichnung, Sitze und Mitglieder haben, wo sie sich geändert haben.",
    ),
];

/// The German description of the description at `place`.
pub(super) fn german(place: &str) -> Option<&'static str> {
    let i = DESCRIPTIONS
        .binary_search_by(|(p, _)| (*p).cmp(place))
        .ok()?;
    Some(DESCRIPTIONS[i].1)
}

/// Every place the table has a German description for.
#[cfg(test)]
pub(super) fn places() -> impl Iterator<Item = &'static str> {
    DESCRIPTIONS.iter().map(|(p, _)| *p)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_table_is_sorted_and_unique() {
        assert!(super::DESCRIPTIONS.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(
            super::german("Land"),
            Some(
                "Ein deutsches Land. Die Liste der 16 Länder ist abgeschlossen.\n\nGeschrieben als der zweibuchstabige Code der amtlichen Statistik und von ISO 3166-2:DE ohne das Präfix „DE-“ („NW“, „HE“, …)."
            )
        );
        assert_eq!(super::german("no such place"), None);
    }
}
