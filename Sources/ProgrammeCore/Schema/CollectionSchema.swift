/// A collection's records as the published schemas describe them: the single description from
/// which `datapackage.json`, the JSON Schemas, the SQL tables and the CSV columns are made.
///
/// A test holds it to the model: its fields are exactly each record type's `fields`, and its
/// required fields exactly `requiredFields`.
public struct CollectionSchema: Sendable {
  public var collection: Collection
  public var title: String
  public var description: String
  /// The field that identifies a record.
  public var primaryKey: String
  public var fields: [FieldSchema]

  /// The name of the collection's table in SQL: `announced-totals` becomes `announced_totals`.
  public var tableName: String {
    String(collection.rawValue.map { $0 == "-" ? "_" : $0 })
  }

  /// What one record is called, in SQL column names (`mou_id`).
  public var recordName: String {
    switch collection {
    case .provinces: "province"
    case .regencies: "regency"
    case .pillars: "pillar"
    case .cohorts: "cohort"
    case .letters: "letter"
    case .ceremonies: "ceremony"
    case .mous: "mou"
    case .announcedTotals: "total"
    case .claims: "claim"
    case .milestones: "milestone"
    case .quickWins: "quick_win"
    }
  }

  /// Each collection's field names, worked out once: the readers check every key of every
  /// record against them.
  static let fieldNames: [Collection: Set<String>] = Dictionary(
    uniqueKeysWithValues: all.map { ($0.collection, Set($0.fields.map(\.name))) })

  /// The schema of a collection.
  public static func of(_ collection: Collection) -> CollectionSchema {
    all.first { $0.collection == collection } ?? all[0]
  }

  /// Every collection's schema, in the order that records must be loaded into a database (a
  /// record after those it refers to).
  public static let all: [CollectionSchema] = [
    CollectionSchema(
      collection: .provinces, title: "Provinces",
      description: "Indonesia's 38 provinces with their Kemendagri codes.", primaryKey: "code",
      fields: [
        FieldSchema("code", .string, "Two-digit Kemendagri code.", required: true, pattern: FieldSchema.provinceCode),
        FieldSchema("name", .string, "The province's name.", required: true),
        .sources,
      ]),
    CollectionSchema(
      collection: .regencies, title: "Regencies and cities",
      description: "The kabupaten and kota with their Kemendagri codes (Kepmendagri 300.2.2-2138/2025).",
      primaryKey: "code",
      fields: [
        FieldSchema(
          "code", .string, "Kemendagri code: province, dot, two digits.", required: true, pattern: FieldSchema.regencyCode),
        FieldSchema("name", .string, "The name without 'Kabupaten' or 'Kota'.", required: true),
        FieldSchema("officialName", .string, "The name as Kemendagri writes it.", required: true),
        FieldSchema(
          "kind", .string, "Kabupaten (codes 01-69) or kota (71-99).", required: true, values: RegionKind.allCases.map(\.rawValue)
        ),
        FieldSchema(
          "province", .string, "The province's code.", required: true, pattern: FieldSchema.provinceCode,
          references: (.provinces, "code")),
        .sources,
      ]),
    CollectionSchema(
      collection: .pillars, title: "Pillars", description: "The six pillars of a smart city.", primaryKey: "id",
      fields: [
        FieldSchema("id", .string, "The pillar.", required: true, values: Pillar.allCases.map(\.rawValue)),
        FieldSchema("name", .string, "Its name: Smart Governance, Smart Branding, ...", required: true),
        FieldSchema("summary", .string, "What it covers."),
        .sources,
      ]),
    CollectionSchema(
      collection: .cohorts, title: "Cohorts",
      description: "The programme's intakes: 2017's 100 smart cities, 2021 KPPN/IKN, 2022, and later ones.",
      primaryKey: "id",
      fields: [
        FieldSchema("id", .string, "The cohort's id, e.g. 2021.", required: true),
        FieldSchema("title", .string, "The cohort's name.", required: true),
        FieldSchema("track", .string, "The priority track, e.g. KPPN/IKN."),
        FieldSchema("years", .integers, "The years in which its members signed.", required: true),
        FieldSchema("announcedSize", .integer, "The number of members announced.", required: true, minimum: 0),
        FieldSchema(
          "phases",
          .objects([
            FieldSchema("year", .integer, "The phase's year.", required: true),
            FieldSchema("announcedSize", .integer, "Members announced in that year.", required: true, minimum: 0),
            FieldSchema("note", .string, "Why the known members differ from the announced size, where they do."),
          ]), "The yearly phases of a cohort spread over several years.", required: true),
        .sources, .note,
      ]),
    CollectionSchema(
      collection: .letters, title: "Selection letters",
      description: "The letters that named the regions selected for a cohort.", primaryKey: "number",
      fields: [
        FieldSchema("number", .string, "The letter's number.", required: true),
        FieldSchema("date", .date, "The letter's date.", required: true),
        FieldSchema("issuer", .string, "Who signed it."),
        FieldSchema("subject", .string, "Its subject (perihal)."),
        FieldSchema("cohort", .string, "The cohort it selected for.", required: true, references: (.cohorts, "id")),
        FieldSchema(
          "regencies", .strings, "The codes of the regions it names.", pattern: FieldSchema.regencyCode,
          references: (.regencies, "code")),
        .sources, .note,
      ]),
    CollectionSchema(
      collection: .ceremonies, title: "Signing ceremonies",
      description: "The events at which a cohort's MoUs were signed.", primaryKey: "id",
      fields: [
        FieldSchema("id", .string, "ceremony-<date>.", required: true),
        FieldSchema("cohort", .string, "The cohort that signed.", required: true, references: (.cohorts, "id")),
        FieldSchema("date", .date, "The day.", required: true),
        FieldSchema("venue", .string, "Where the ministry's side sat."),
        FieldSchema("city", .string, "The city of the venue."),
        FieldSchema("mode", .string, "How it was held.", required: true, values: SigningMode.allCases.map(\.rawValue)),
        FieldSchema("presidedBy", .string, "Who presided."),
        FieldSchema("ministrySignatory", .object(FieldSchema.signatoryFields), "Who signed for the ministry."),
        FieldSchema("announcedSignatories", .integer, "How many regions the ministry said signed.", minimum: 0),
        .sources, .note,
      ]),
    CollectionSchema(
      collection: .mous, title: "MoUs",
      description: "The signed memoranda (nota kesepakatan): one per region per cohort.", primaryKey: "id",
      fields: [
        FieldSchema("id", .string, "mou-<cohort>-<regency code>.", required: true, pattern: "^mou-.+-[0-9]{2}\\.[0-9]{2}$"),
        FieldSchema(
          "regency", .string, "The region's code.", required: true, pattern: FieldSchema.regencyCode,
          references: (.regencies, "code")),
        FieldSchema("cohort", .string, "The cohort joined.", required: true, references: (.cohorts, "id")),
        FieldSchema("ceremony", .string, "The ceremony it was signed at.", references: (.ceremonies, "id")),
        FieldSchema(
          "signedOn", .reportedDate, "The day it was signed, or the month (YYYY-MM) or year (YYYY) when the source gives no day.",
          required: true),
        FieldSchema("venue", .string, "Where the region signed from."),
        FieldSchema(
          "mode", .string, "How it was signed, when not as the ceremony.", values: SigningMode.allCases.map(\.rawValue)),
        FieldSchema("regionalSignatory", .object(FieldSchema.signatoryFields), "Who signed for the region."),
        FieldSchema(
          "ministrySignatory", .object(FieldSchema.signatoryFields), "Who signed for the ministry, when not as the ceremony."),
        FieldSchema("presidedBy", .string, "Who presided, when not as the ceremony."),
        FieldSchema(
          "accompaniedBy", .objects(FieldSchema.signatoryFields), "Officials who accompanied the signatory.", required: true),
        FieldSchema(
          "scope", .strings, "The scope points the MoU lists.", required: true, values: ScopePoint.allCases.map(\.rawValue)),
        FieldSchema("letter", .string, "The selection letter that named the region.", references: (.letters, "number")),
        FieldSchema("area", .string, "The priority area named, e.g. KPPN Labuan Bajo."),
        FieldSchema("number", .string, "The MoU's own number, as printed, where a source gives it."),
        FieldSchema(
          "confidence", .string,
          "How strongly the sources support the membership: high (an official site, or two independent reports), medium (one report).",
          values: Confidence.allCases.map(\.rawValue)),
        .sources, .note,
      ]),
    CollectionSchema(
      collection: .announcedTotals, title: "Announced totals",
      description: "Cumulative totals of regions the ministry announced, e.g. 191 in 2022.", primaryKey: "id",
      fields: [
        FieldSchema("id", .string, "total-<year>[-<n>].", required: true),
        FieldSchema("year", .integer, "The year the total counts to.", required: true),
        FieldSchema("cumulativeRegions", .integer, "The total announced.", required: true, minimum: 0),
        FieldSchema("repeats", .integer, "Regions counted in more than one cohort, when stated.", minimum: 0),
        FieldSchema("statedOn", .date, "When it was stated."),
        FieldSchema("statedBy", .string, "Who stated it."),
        FieldSchema("statement", .string, "The statement, quoted."),
        .sources, .note,
      ]),
    CollectionSchema(
      collection: .claims, title: "Unconfirmed claims",
      description: "Memberships reported with low confidence or disputed; not counted as MoUs.", primaryKey: "id",
      fields: [
        FieldSchema("id", .string, "claim-<cohort>-<regency code>.", required: true),
        FieldSchema(
          "regency", .string, "The region's code.", required: true, pattern: FieldSchema.regencyCode,
          references: (.regencies, "code")),
        FieldSchema("cohort", .string, "The cohort claimed.", required: true, references: (.cohorts, "id")),
        FieldSchema("year", .integer, "The year claimed."),
        FieldSchema(
          "confidence", .string, "How far the claim can be trusted.", required: true,
          values: ClaimConfidence.allCases.map(\.rawValue)),
        .sources, .note,
      ]),
    CollectionSchema(
      collection: .milestones, title: "Milestones",
      description: "Steps after the signing: Bimtek sessions, the masterplan, evaluations, awards.", primaryKey: "id",
      fields: [
        FieldSchema("id", .string, "milestone-<cohort>-<code>-<kind>-<date>.", required: true),
        FieldSchema(
          "regency", .string, "The region's code.", required: true, pattern: FieldSchema.regencyCode,
          references: (.regencies, "code")),
        FieldSchema("cohort", .string, "The cohort of the membership.", required: true, references: (.cohorts, "id")),
        FieldSchema("kind", .string, "The step.", required: true, values: MilestoneKind.allCases.map(\.rawValue)),
        FieldSchema(
          "date", .reportedDate, "The (first) day, or the month (YYYY-MM) or year (YYYY) when the source gives no day.",
          required: true),
        FieldSchema("until", .date, "The last day of a step over several days."),
        FieldSchema("regulation", .string, "The local regulation adopting the masterplan."),
        .sources, .note,
      ]),
    CollectionSchema(
      collection: .quickWins, title: "Quick wins",
      description: "The quick-win programmes of a region's masterplan.", primaryKey: "id",
      fields: [
        FieldSchema("id", .string, "quickwin-<cohort>-<code>-<title words>.", required: true),
        FieldSchema(
          "regency", .string, "The region's code.", required: true, pattern: FieldSchema.regencyCode,
          references: (.regencies, "code")),
        FieldSchema("cohort", .string, "The cohort of the membership.", required: true, references: (.cohorts, "id")),
        FieldSchema(
          "pillar", .string, "The pillar it serves.", required: true, values: Pillar.allCases.map(\.rawValue),
          references: (.pillars, "id")),
        FieldSchema("title", .string, "Its name.", required: true),
        FieldSchema("status", .string, "Where it stands.", required: true, values: QuickWinStatus.allCases.map(\.rawValue)),
        FieldSchema("start", .date, "When it started."),
        FieldSchema("end", .date, "When it ended."),
        .sources, .note,
      ]),
  ]
}
