/// Every record the store keeps: the one place a field is declared. After a change here (and
/// to the model's property and initializer), `swift run smartcity-generate` rewrites the
/// generated files and `swift test` checks that they are current.
extension RecordDeclaration {
  /// In the order that records must be loaded into a database (a record after those it
  /// refers to).
  public static let all: [RecordDeclaration] = [
    RecordDeclaration(
      "provinces", type: "Province", registry: "provinces", recordName: "province", title: "Provinces",
      description: "Indonesia's 38 provinces with their Kemendagri codes.", primaryKey: "code", hasRules: true,
      fields: [
        FieldDeclaration("code", .text, "Two-digit Kemendagri code.", required: true, pattern: provinceCode),
        FieldDeclaration("name", .text, "The province's name.", required: true),
        .sources,
      ]),
    RecordDeclaration(
      "regencies", type: "Regency", registry: "regencies", recordName: "regency", title: "Regencies and cities",
      description: "The kabupaten and kota with their Kemendagri codes (Kepmendagri 300.2.2-2138/2025).",
      primaryKey: "code", hasRules: true,
      fields: [
        FieldDeclaration(
          "code", .text, "Kemendagri code: province, dot, two digits.", required: true, pattern: regencyCode),
        FieldDeclaration("name", .text, "The name without 'Kabupaten' or 'Kota'.", required: true),
        FieldDeclaration("officialName", .text, "The name as Kemendagri writes it.", required: true),
        FieldDeclaration("kind", .choice("RegionKind"), "Kabupaten (codes 01-69) or kota (71-99).", required: true),
        FieldDeclaration(
          "province", .text, "The province's code.", required: true, pattern: provinceCode,
          references: ("provinces", "code")),
        .sources,
      ]),
    RecordDeclaration(
      "pillars", type: "PillarRecord", registry: "pillars", recordName: "pillar", title: "Pillars",
      description: "The six pillars of a smart city.", primaryKey: "id",
      fields: [
        FieldDeclaration("id", .choice("Pillar"), "The pillar.", required: true),
        FieldDeclaration("name", .text, "Its name: Smart Governance, Smart Branding, ...", required: true),
        FieldDeclaration("summary", .text, "What it covers."),
        .sources,
      ]),
    RecordDeclaration(
      "cohorts", type: "Cohort", registry: "cohorts", recordName: "cohort", title: "Cohorts",
      description: "The programme's intakes: 2017's 100 smart cities, 2021 KPPN/IKN, 2022, and later ones.",
      primaryKey: "id", hasRules: true,
      fields: [
        FieldDeclaration("id", .text, "The cohort's id, e.g. 2021.", required: true),
        FieldDeclaration("title", .text, "The cohort's name.", required: true),
        FieldDeclaration("track", .text, "The priority track, e.g. KPPN/IKN."),
        FieldDeclaration("years", .integers, "The years in which its members signed.", required: true),
        FieldDeclaration("announcedSize", .integer, "The number of members announced.", required: true, minimum: 0),
        FieldDeclaration(
          "phases", .objects(.cohortPhase), "The yearly phases of a cohort spread over several years.", required: true),
        .sources, .note,
      ]),
    RecordDeclaration(
      "letters", type: "SelectionLetter", registry: "letters", recordName: "letter", title: "Selection letters",
      description: "The letters that named the regions selected for a cohort.", primaryKey: "number", hasRules: true,
      fields: [
        FieldDeclaration("number", .text, "The letter's number.", required: true),
        FieldDeclaration("date", .day, "The letter's date.", required: true),
        FieldDeclaration("issuer", .text, "Who signed it."),
        FieldDeclaration("subject", .text, "Its subject (perihal)."),
        FieldDeclaration("cohort", .text, "The cohort it selected for.", required: true, references: ("cohorts", "id")),
        FieldDeclaration(
          "regencies", .texts, "The codes of the regions it names.", pattern: regencyCode,
          references: ("regencies", "code")),
        .sources, .note,
      ]),
    RecordDeclaration(
      "ceremonies", type: "SigningCeremony", registry: "ceremonies", recordName: "ceremony",
      title: "Signing ceremonies", description: "The events at which a cohort's MoUs were signed.", primaryKey: "id",
      hasRules: true,
      fields: [
        FieldDeclaration("id", .text, "ceremony-<date>.", required: true),
        FieldDeclaration("cohort", .text, "The cohort that signed.", required: true, references: ("cohorts", "id")),
        FieldDeclaration("date", .day, "The day.", required: true),
        FieldDeclaration("venue", .text, "Where the ministry's side sat."),
        FieldDeclaration("city", .text, "The city of the venue."),
        FieldDeclaration("mode", .choice("SigningMode"), "How it was held.", required: true),
        FieldDeclaration("presidedBy", .text, "Who presided."),
        FieldDeclaration("ministrySignatory", .object(.signatory), "Who signed for the ministry."),
        FieldDeclaration(
          "announcedSignatories", .integer, "How many regions the ministry said signed.", minimum: 0),
        .sources, .note,
      ]),
    RecordDeclaration(
      "mous", type: "MoU", registry: "mous", recordName: "mou", title: "MoUs",
      description: "The signed memoranda (nota kesepakatan): one per region per cohort.", primaryKey: "id",
      derivesID: true, hasEmitter: true,
      fields: [
        FieldDeclaration(
          "id", .text, "mou-<cohort>-<regency code>.", required: true, pattern: "^mou-.+-[0-9]{2}\\.[0-9]{2}$"),
        FieldDeclaration(
          "regency", .text, "The region's code.", required: true, pattern: regencyCode,
          references: ("regencies", "code")),
        FieldDeclaration("cohort", .text, "The cohort joined.", required: true, references: ("cohorts", "id")),
        FieldDeclaration("ceremony", .text, "The ceremony it was signed at.", references: ("ceremonies", "id")),
        FieldDeclaration(
          "signedOn", .reportedDate,
          "The day it was signed, or the month (YYYY-MM) or year (YYYY) when the source gives no day.", required: true),
        FieldDeclaration("venue", .text, "Where the region signed from.", detail: true),
        FieldDeclaration("mode", .choice("SigningMode"), "How it was signed, when not as the ceremony."),
        FieldDeclaration("regionalSignatory", .object(.signatory), "Who signed for the region.", detail: true),
        FieldDeclaration(
          "ministrySignatory", .object(.signatory), "Who signed for the ministry, when not as the ceremony.",
          detail: true),
        FieldDeclaration("presidedBy", .text, "Who presided, when not as the ceremony.", detail: true),
        FieldDeclaration(
          "accompaniedBy", .objects(.signatory), "Officials who accompanied the signatory.", required: true,
          detail: true),
        FieldDeclaration("scope", .choices("ScopePoint"), "The scope points the MoU lists.", required: true),
        FieldDeclaration(
          "letter", .text, "The selection letter that named the region.", references: ("letters", "number")),
        FieldDeclaration("area", .text, "The priority area named, e.g. KPPN Labuan Bajo.", detail: true),
        FieldDeclaration(
          "number", .text, "The MoU's own number, as printed, where a source gives it.", detail: true),
        FieldDeclaration(
          "confidence", .choice("Confidence"),
          "How strongly the sources support the membership: high (an official site, or two independent reports), medium (one report)."
        ),
        FieldDeclaration(
          "inferred", .text,
          "What of the membership no source states and the registry infers (its cohort or phase), and from what."),
        .evidence, .sources,
        FieldDeclaration("note", .text, "A note on the record.", detail: true),
      ]),
    RecordDeclaration(
      "announcedTotals", type: "AnnouncedTotal", registry: "announcedTotals", recordName: "total",
      title: "Announced totals", description: "Cumulative totals of regions the ministry announced, e.g. 191 in 2022.",
      primaryKey: "id", derivesID: true,
      fields: [
        FieldDeclaration("id", .text, "total-<year>[-<n>].", required: true),
        FieldDeclaration("year", .integer, "The year the total counts to.", required: true),
        FieldDeclaration("cumulativeRegions", .integer, "The total announced.", required: true, minimum: 0),
        FieldDeclaration("repeats", .integer, "Regions counted in more than one cohort, when stated.", minimum: 0),
        FieldDeclaration("statedOn", .day, "When it was stated."),
        FieldDeclaration("statedBy", .text, "Who stated it."),
        FieldDeclaration("statement", .text, "The statement, quoted."),
        .sources, .note,
      ]),
    RecordDeclaration(
      "claims", type: "UnconfirmedClaim", registry: "claims", recordName: "claim", title: "Unconfirmed claims",
      description: "Memberships reported with low confidence or disputed; not counted as MoUs.", primaryKey: "id",
      derivesID: true,
      fields: [
        FieldDeclaration("id", .text, "claim-<cohort>-<regency code>.", required: true),
        FieldDeclaration(
          "regency", .text, "The region's code.", required: true, pattern: regencyCode,
          references: ("regencies", "code")),
        FieldDeclaration("cohort", .text, "The cohort claimed.", required: true, references: ("cohorts", "id")),
        FieldDeclaration("year", .integer, "The year claimed."),
        FieldDeclaration(
          "confidence", .choice("ClaimConfidence"), "How far the claim can be trusted.", required: true),
        .evidence, .sources, .note,
      ]),
    RecordDeclaration(
      "milestones", type: "Milestone", registry: "milestones", recordName: "milestone", title: "Milestones",
      description: "Steps after the signing: Bimtek sessions, the masterplan, evaluations, awards.", primaryKey: "id",
      derivesID: true, hasRules: true,
      fields: [
        FieldDeclaration("id", .text, "milestone-<cohort>-<code>-<kind>-<date>.", required: true),
        FieldDeclaration(
          "regency", .text, "The region's code.", required: true, pattern: regencyCode,
          references: ("regencies", "code")),
        FieldDeclaration(
          "cohort", .text, "The cohort of the membership.", required: true, references: ("cohorts", "id")),
        FieldDeclaration("kind", .choice("MilestoneKind"), "The step.", required: true),
        FieldDeclaration(
          "date", .reportedDate,
          "The (first) day, or the month (YYYY-MM) or year (YYYY) when the source gives no day.", required: true),
        FieldDeclaration("until", .day, "The last day of a step over several days."),
        FieldDeclaration("regulation", .text, "The local regulation adopting the masterplan."),
        .evidence, .sources, .note,
      ]),
    RecordDeclaration(
      "quickWins", type: "QuickWin", registry: "quickWins", recordName: "quick_win", title: "Quick wins",
      description: "The quick-win programmes of a region's masterplan.", primaryKey: "id", derivesID: true,
      hasRules: true,
      fields: [
        FieldDeclaration("id", .text, "quickwin-<cohort>-<code>-<title words>.", required: true),
        FieldDeclaration(
          "regency", .text, "The region's code.", required: true, pattern: regencyCode,
          references: ("regencies", "code")),
        FieldDeclaration(
          "cohort", .text, "The cohort of the membership.", required: true, references: ("cohorts", "id")),
        FieldDeclaration(
          "pillar", .choice("Pillar"), "The pillar it serves.", required: true, references: ("pillars", "id")),
        FieldDeclaration("title", .text, "Its name.", required: true),
        FieldDeclaration("status", .choice("QuickWinStatus"), "Where it stands.", required: true),
        FieldDeclaration("start", .day, "When it started."),
        FieldDeclaration("end", .day, "When it ended."),
        .sources, .note,
      ]),
  ]

  static let provinceCode = "^[0-9]{2}$"
  static let regencyCode = "^[0-9]{2}\\.[0-9]{2}$"
}

extension NestedDeclaration {
  /// A source: at least a title, a publisher or an address (its rule).
  public static let source = NestedDeclaration(
    "source", type: "Source", hasRules: true, recurs: true,
    fields: [
      FieldDeclaration("title", .text, "The title of the report, page or document."),
      FieldDeclaration("publisher", .text, "Who published it."),
      FieldDeclaration("date", .day, "When it was published."),
      FieldDeclaration("url", .text, "Its address, with its scheme."),
      FieldDeclaration("evidence", .text, "A short paraphrase of what it states that the record relies on."),
      FieldDeclaration("note", .text, "A caveat about the source."),
    ])

  public static let signatory = NestedDeclaration(
    "signatory", type: "Signatory",
    fields: [
      FieldDeclaration("name", .text, "The person's name.", detail: true),
      FieldDeclaration(
        "office", .text, "The office held: Bupati, Wali Kota, Sekda, Dirjen Aptika.", detail: true),
      FieldDeclaration("onBehalfOf", .text, "The office a deputy signed for.", detail: true),
    ])

  public static let cohortPhase = NestedDeclaration(
    "cohortPhase", type: "CohortPhase",
    fields: [
      FieldDeclaration("year", .integer, "The phase's year.", required: true),
      FieldDeclaration("announcedSize", .integer, "Members announced in that year.", required: true, minimum: 0),
      FieldDeclaration(
        "note", .text, "Why the known members differ from the announced size, where they do."),
    ])
}

extension FieldDeclaration {
  /// Every record's sources.
  static let sources = FieldDeclaration(
    "sources", .objects(.source), "Where the record's facts come from; empty for an unsourced record.",
    required: true)
  static let note = FieldDeclaration("note", .text, "A note on the record.")
  /// What several sources state together, where no one page's own words are known apart.
  static let evidence = FieldDeclaration(
    "evidence", .text,
    "What the sources together state, where they are cited for one paraphrase rather than each for its own words.")
}
