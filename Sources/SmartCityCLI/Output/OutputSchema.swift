import ProgrammeCore

/// The JSON Schema (draft 2020-12) of a command's `--format json` output: the contract a script
/// may rely on, published by `smartcity schema`. Every object names all its keys as required
/// (a missing value is `null`, never an absent key) and allows no others, so a test that
/// validates each command's output against its schema notices any key added, dropped or
/// retyped on either side.
enum OutputSchema: String, CaseIterable {
  case list, report, show, sources, regencies, validate, diff, log

  /// `list.schema.json`.
  var fileName: String { rawValue + ".schema.json" }

  /// The schema document, with its `$schema`, `$id` and title.
  var document: JSONValue {
    var members = root.members
    members["$schema"] = .string("https://json-schema.org/draft/2020-12/schema")
    members["$id"] = .string("https://smartcity.example/schema/output/\(fileName)")
    members["title"] = .string("smartcity \(rawValue) --format json")
    if !definitions.isEmpty { members["$defs"] = .object(definitions.mapValues { .object($0.members) }) }
    return .object(members)
  }

  private var root: Shape {
    switch self {
    case .list: .array(Self.participant, "The memberships, one per region and cohort, as `list` selects them.")
    case .report:
      .anyOf(
        [
          .object(
            "The whole report (`report --format json`): the programme's figures and every section.",
            [("programme", Self.programme)]
              + Self.reportSections.map { section in
                let rows = Shape.array(.reference(section.key), section.text)
                // The reconciliation sets the programme's totals against all its records: null
                // under --cohort.
                return (section.key, section.key == "reconciliation" ? rows.orNull : rows)
              }),
          .array(
            .anyOf(Self.reportSections.map { .reference($0.key) }, "A row of the section chosen."),
            "One section (`report --by SECTION --format json`): its rows."),
        ], "The report, whole or one section.")
    case .show:
      .object(
        "A region's profile (`show REGION --format json`): its records in the store's own shapes.",
        [
          ("regency", Self.record(.regencies)), ("province", Self.record(.provinces).orNull),
          ("letters", .array(Self.record(.letters), "The selection letters naming the region.")),
          ("mous", .array(Self.record(.mous), "The region's MoUs.")),
          ("ceremonies", .array(Self.record(.ceremonies), "The ceremonies its MoUs were signed at.")),
          ("unconfirmedClaims", .array(Self.record(.claims), "Reports of a membership no source confirms.")),
          ("milestones", .array(Self.record(.milestones), "Its steps after the signing.")),
          ("quickWins", .array(Self.record(.quickWins), "Its quick wins.")),
          ("inProgramme", .boolean("Whether an MoU of the region is recorded.")),
        ])
    case .sources:
      .anyOf(
        [
          .array(.reference("memberships"), "`sources --by memberships` (the default): weakest evidence first."),
          .array(.reference("sources"), "`sources --by sources`: the pages most records rest on."),
          .array(.reference("problems"), "`sources --by problems`: records without a usable source."),
        ], "The source audit, one section.")
    case .regencies:
      .array(
        .object(
          "A kabupaten or kota of the reference list.",
          [
            ("code", Self.regionCode), ("officialName", .string("The name as Kemendagri writes it.")),
            ("kind", .string("Kabupaten or kota.", values: RegionKind.allCases.map(\.rawValue))),
            ("province", Self.provinceCode), ("provinceName", .string("The province's name.")),
            ("cohorts", .array(.string("A cohort id."), "The cohorts whose MoU the region signed, in order.")),
          ]), "The regions `regencies` selects, in code order.")
    case .validate:
      .object(
        "The verdict on a store (`validate --format json`); the exit status is 65 when `valid` is false.",
        [
          ("store", .string("The store's folder, as given.")), ("valid", .boolean("Whether the store has no error.")),
          ("errors", .array(Self.finding, "What makes the store invalid.")),
          ("warnings", .array(Self.finding, "What deserves a look but leaves the store valid.")),
        ])
    case .diff:
      .object(
        "What changed between two versions of a store (`diff OLD [NEW] --format json`).",
        [
          ("old", .string("The old side: a folder or a git revision, as given.")),
          ("new", .string("The new side: a folder or a git revision, or the store itself.")),
          ("changes", Self.changes),
        ])
    case .log:
      .array(
        .object(
          "A commit that changed the region's records (or the record).",
          [
            ("commit", .string("The commit's hash.", pattern: "^[0-9a-f]{40,64}$")),
            ("author", .string("The commit's author.")),
            ("date", .string("The author date.", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")),
            ("message", .string("The commit message's first line.")), ("changes", Self.changes),
          ]), "The commits, newest first (`log REGION-OR-ID --format json`).")
    }
  }

  /// Row shapes a schema names more than once, under `$defs`.
  private var definitions: [String: Shape] {
    switch self {
    case .report: Dictionary(uniqueKeysWithValues: Self.reportSections.map { ($0.key, $0.row) })
    case .sources: ["memberships": Self.sourcedMembership, "sources": Self.citedSource, "problems": Self.sourceProblem]
    default: [:]
    }
  }

  // MARK: Shapes shared by several commands

  private static let regionCode = Shape.string(
    "Kemendagri code: province, dot, two digits.", pattern: "^[0-9]{2}\\.[0-9]{2}$")
  private static let provinceCode = Shape.string("The province's code.", pattern: "^[0-9]{2}$")
  private static let reportedDate = Shape.string(
    "A date as precise as its source: YYYY-MM-DD, YYYY-MM or YYYY.", pattern: "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")
  private static let count = Shape.integer("A count.", minimum: 0)
  private static let percent = Shape.number("A share in per cent, to one decimal.")

  private static func record(_ collection: Collection) -> Shape {
    Shape(StoreDescription.recordSchema(of: collection))
  }

  private static let participant = Shape.object(
    "A membership: a region and its cohort.",
    [
      ("code", regionCode), ("name", .string("The region's short name.")),
      ("officialName", .string("The name as Kemendagri writes it.")),
      ("kind", .string("Kabupaten or kota.", values: RegionKind.allCases.map(\.rawValue))),
      ("province", provinceCode), ("provinceName", .string("The province's name.")),
      ("cohort", .string("The cohort's id.")),
      (
        "status",
        .string("Signed an MoU, or named by a selection letter only.", values: ParticipationStatus.allCases.map(\.rawValue))
      ),
      ("stage", .string("The furthest step recorded.", values: Stage.allCases.map(\.rawValue))),
      ("signedOn", reportedDate.orNull), ("mouId", Shape.string("The MoU's id.").orNull),
      ("letter", Shape.string("The number of the selection letter naming it.").orNull),
      ("sources", .array(.string("An address, or a citation where a source has none."), "Every source of the membership.")),
      ("phase", Shape.integer("The phase it signed in, for a cohort signed in phases (2017, 2018, 2019).").orNull),
    ])

  private static let finding = Shape.object(
    "One finding.",
    [
      ("severity", .string("Error or warning.", values: ["error", "warning"])),
      ("check", .string("The check that found it, such as cohort-size or merge-conflict.", pattern: "^[a-z]+(-[a-z]+)*$")),
      ("message", .string("The finding in English, with what to do.")),
    ])

  private static let changes = Shape.array(
    .object(
      "A record added, removed or changed.",
      [
        ("collection", .string("The record's collection.", values: Collection.allCases.map(\.rawValue))),
        ("id", .string("The record's id.")),
        ("change", .string("What happened to it.", values: ["added", "removed", "changed"])),
        ("old", anyRecord("The record before (null when added).").orNull),
        ("new", anyRecord("The record after (null when removed).").orNull),
      ],
      optional: [("fields", .array(.string("A field's name."), "The fields that changed (changes only)."))]),
    "The records that differ.")

  private static func anyRecord(_ description: String) -> Shape {
    .anyOf(Collection.allCases.map(record), description)
  }

  // MARK: report

  private static let programme = Shape.object(
    "The programme's own figures.",
    [
      ("regencies", count), ("regenciesInProgramme", count), ("sharePercent", percent), ("mous", count),
      ("announcedTotal", Shape.integer("The latest announced total of regions.", minimum: 0).orNull),
      ("announcedTotalYear", Shape.integer("The year of that total.", minimum: 0).orNull), ("unconfirmedClaims", count),
    ])

  private static let reportSections: [(key: String, text: String, row: Shape)] = [
    (
      "years", "MoUs and regions by year.",
      .object(
        "A year.",
        [
          ("year", .integer("The year.")), ("announcedMous", count.orNull), ("mous", count), ("newRegencies", count),
          ("returningRegencies", count),
          ("cumulativeRegencies", count), ("sharePercent", percent), ("announcedCumulativeRegencies", count.orNull),
        ])
    ),
    (
      "cohorts", "Each cohort and its phases against their announced sizes.",
      .object(
        "A cohort, or one of its phases.",
        [
          ("cohort", .string("The cohort's id.")),
          ("scope", .string("A whole cohort or one phase.", values: ["cohort", "phase"])),
          ("phase", Shape.integer("The phase's year.").orNull), ("track", Shape.string("The cohort's track.").orNull),
          ("announced", count), ("registered", count), ("complete", .boolean("Whether every announced member is known.")),
          ("notYetKnown", count), ("beyondAnnounced", count), ("note", Shape.string("Why the figures differ.").orNull),
        ])
    ),
    (
      "reconciliation", "Each announced total against the registry.",
      .object(
        "An announced total.",
        [
          ("year", .integer("By the end of this year.")), ("announcedRegencies", count), ("announcedMous", count.orNull),
          ("announcedRepeats", count.orNull), ("registeredRegencies", count), ("registeredMous", count),
          ("missingRegencies", count), ("notYetKnown", count), ("beyondAnnounced", count),
          ("sources", .array(.string("An address or citation."), "Where the total was announced.")),
          ("note", Shape.string("A note on the total.").orNull), ("statedBy", Shape.string("Who announced it.").orNull),
          ("statedOn", reportedDate.orNull), ("statement", Shape.string("What was said.").orNull),
          ("notYetKnownByCohort", .array(.string("COHORT[/PHASE]: COUNT"), "The members not yet known, per cohort.")),
          ("inferredMous", .array(.string("An MoU's id."), "MoUs whose cohort is inferred, not reported.")),
        ])
    ),
    (
      "provinces", "Each province's regions in the programme.",
      .object(
        "A province.",
        [
          ("code", provinceCode), ("name", .string("The province's name.")), ("regencies", count),
          ("inProgramme", count), ("share", percent), ("mous", count),
        ])
    ),
    (
      "stages", "How far each cohort's members are reported to have gone.",
      .object(
        "A cohort and a step.",
        [
          ("cohort", .string("The cohort's id.")), ("stage", .string("The step.", values: Stage.allCases.map(\.rawValue))),
          ("reported", Shape.integer("Members with the step recorded.", minimum: 0)),
          ("implied", Shape.integer("Members without it whose later reported step makes it certain.", minimum: 0)),
          ("reached", Shape.integer("Reported and implied together: what list --reached lists.", minimum: 0)),
          ("knownMembers", count), ("announced", count.orNull), ("membersWithReports", count),
          ("sharePercent", percent),
        ])
    ),
    (
      "pillars", "Quick wins by pillar and status.",
      .object(
        "A pillar.",
        [("pillar", .string("The pillar.", values: Pillar.allCases.map(\.rawValue))), ("name", .string("Its name."))]
          + QuickWinStatus.allCases.map { ($0.rawValue, count) } + [("total", count)])
    ),
  ]

  // MARK: sources

  private static let sourcedMembership = Shape.object(
    "A membership and the strength of its evidence.",
    [
      ("id", .string("The MoU's id.")), ("code", regionCode), ("name", .string("The region's official name.")),
      ("cohort", .string("The cohort's id.")),
      ("confidence", Shape.string("The record's confidence.", values: Confidence.allCases.map(\.rawValue)).orNull),
      ("sourceCount", count), ("independentSources", count), ("unopenableAddresses", count),
    ])
  private static let citedSource = Shape.object(
    "A page and the records citing it.",
    [
      ("citedBy", count), ("host", Shape.string("The address's host.").orNull),
      ("source", .string("The address, or the citation.")),
      ("records", .array(.string("A record's id."), "The records citing it.")),
    ])
  private static let sourceProblem = Shape.object(
    "A record without a usable source.",
    [
      ("file", .string("The collection's file.")), ("record", .string("The record's id.")),
      ("problem", .string("What is wrong.", pattern: "^[a-z]+(-[a-z]+)*$")),
      ("address", Shape.string("The address no browser opens.").orNull),
    ])
}

/// A fragment of JSON Schema, built from Swift.
struct Shape {
  var members: [String: JSONValue]

  init(_ members: [String: JSONValue]) {
    self.members = members
  }

  /// A schema written elsewhere (a record's, from the store's description).
  init(_ value: JSONValue) {
    self.members = value.objectValue ?? [:]
  }

  static func string(_ description: String, pattern: String? = nil, values: [String]? = nil) -> Shape {
    var members: [String: JSONValue] = ["type": .string("string"), "description": .string(description)]
    if let pattern { members["pattern"] = .string(pattern) }
    if let values { members["enum"] = .array(values.map(JSONValue.string)) }
    return Shape(members)
  }

  static func integer(_ description: String, minimum: Int? = nil) -> Shape {
    var members: [String: JSONValue] = ["type": .string("integer"), "description": .string(description)]
    if let minimum { members["minimum"] = JSONValue(minimum) }
    return Shape(members)
  }

  static func number(_ description: String) -> Shape {
    Shape(["type": .string("number"), "description": .string(description)])
  }

  static func boolean(_ description: String) -> Shape {
    Shape(["type": .string("boolean"), "description": .string(description)])
  }

  static func array(_ items: Shape, _ description: String) -> Shape {
    Shape(["type": .string("array"), "items": .object(items.members), "description": .string(description)])
  }

  /// An object with exactly these keys, every one present; `optional` keys may be absent.
  static func object(
    _ description: String, _ properties: [(String, Shape)], optional: [(String, Shape)] = []
  ) -> Shape {
    var all: [String: JSONValue] = [:]
    for (name, shape) in properties + optional { all[name] = .object(shape.members) }
    return Shape([
      "type": .string("object"), "description": .string(description), "additionalProperties": .bool(false),
      "properties": .object(all), "required": .array(properties.map { .string($0.0) }),
    ])
  }

  static func anyOf(_ shapes: [Shape], _ description: String) -> Shape {
    Shape(["anyOf": .array(shapes.map { .object($0.members) }), "description": .string(description)])
  }

  /// A shape named under `$defs`.
  static func reference(_ name: String) -> Shape {
    Shape(["$ref": .string("#/$defs/\(name)")])
  }

  /// The shape, or `null` where the value is unknown.
  var orNull: Shape {
    if case .string(let type)? = members["type"] {
      var members = members
      members["type"] = .array([.string(type), .string("null")])
      // An enumeration lists every value the type allows.
      if case .array(let values)? = members["enum"] { members["enum"] = .array(values + [.null]) }
      return Shape(members)
    }
    return Shape(["anyOf": .array([.object(members), .object(["type": .string("null")])])])
  }
}
