import Foundation
import ProgrammeCore
import TestSupport
import Testing

@testable import SmartCityCLI

/// Every command's `--format json` output conforms to the schema `smartcity schema` publishes
/// for it, on outputs that exercise every shape (letters, quick wins, a letter-only member,
/// errors, each kind of change), and the validator notices what breaks a schema.
@Suite struct OutputSchemaTests {
  /// A copy of the fixture with the records the fixture lacks: a selection letter naming a
  /// region with no MoU, a quick win, and an edit and a removal to diff.
  static func richStore() throws -> TestStore {
    let test = try TestStore.copyOfFixture()
    for command in [
      [
        "add-letter", "--number", "B-1/DJAI/AI.01.02/01/2023", "--date", "2023-01-10", "--cohort", "2023",
        "--regencies", "Kabupaten Aceh Selatan", "--source", "https://example.org/surat",
      ],
      [
        "add-quickwin", "--regency", "Kota Ambon", "--pillar", "governance", "--title", "Layanan satu pintu",
        "--status", "running", "--start", "2020-03-02", "--cohort", "2017", "--source", "https://example.org/qw",
      ],
    ] {
      let outcome = CLI.runInProcess(command, data: test.path)
      #expect(outcome.status == 0, "\(command[0]): \(outcome.standardError)")
    }
    return test
  }

  static func schema(_ name: String) throws -> JSONSchemaValidator {
    let outcome = CLI.runInProcess(["schema", name])
    #expect(outcome.status == 0, "\(outcome.standardError)")
    return JSONSchemaValidator(schema: try Store.parse(Array(outcome.standardOutput.utf8), file: name))
  }

  /// Runs a command and checks its JSON against the command's schema; returns the JSON.
  @discardableResult
  static func conforms(_ arguments: [String], data: String, status: Int32 = 0) throws -> JSONValue {
    let outcome = CLI.runInProcess(arguments + ["--format", "json"], data: data)
    #expect(outcome.status == status, "\(arguments): \(outcome.standardError)")
    let value = try Store.parse(Array(outcome.standardOutput.utf8), file: arguments.joined(separator: " "))
    let problems = try schema(arguments[0]).problems(in: value)
    #expect(problems.isEmpty, "\(arguments.joined(separator: " ")): \(problems.prefix(5))")
    return value
  }

  @Test func everyCommandThatWritesJSONHasASchema() {
    // `export --format json` writes the store itself, which datapackage.json and schema/
    // describe (`describe`); every other command's JSON is described here.
    let writers = SmartCity.commands.map(\.spec).filter { spec in
      spec.name != "export" && spec.options.contains { $0.name == "format" && $0.values?.contains("json") == true }
    }
    #expect(Set(writers.map(\.name)) == Set(OutputSchema.allCases.map(\.rawValue)))
  }

  @Test func listAndRegenciesConform() throws {
    let test = try Self.richStore()
    defer { test.remove() }
    let all = try Self.conforms(["list"], data: test.path)
    #expect(all.arrayValue?.contains { $0["status"] == .string("selected") } == true, "a letter-only member is listed")
    try Self.conforms(["list", "--cohort", "2023"], data: test.path)
    try Self.conforms(["regencies"], data: test.path)
    try Self.conforms(["regencies", "--search", "jaya"], data: test.path)
  }

  @Test func reportConformsWholeAndBySection() throws {
    let test = try Self.richStore()
    defer { test.remove() }
    let whole = try Self.conforms(["report"], data: test.path)
    #expect(whole["pillars"]?.arrayValue?.isEmpty == false)
    for section in ["year", "cohort", "province", "reconciliation", "stage", "pillar"] {
      let rows = try Self.conforms(["report", "--by", section], data: test.path)
      #expect(rows.arrayValue?.isEmpty == false, "report --by \(section)")
    }
    let cohort = try Self.conforms(["report", "--cohort", "2017"], data: test.path)
    #expect(cohort["reconciliation"] == .null, "the reconciliation has no meaning for one cohort")
  }

  @Test func showConformsForMembersAndOthers() throws {
    let test = try Self.richStore()
    defer { test.remove() }
    let ambon = try Self.conforms(["show", "Kota Ambon"], data: test.path)
    #expect(ambon["quickWins"]?.arrayValue?.count == 1)
    let selected = try Self.conforms(["show", "Kabupaten Aceh Selatan"], data: test.path)
    #expect(selected["letters"]?.arrayValue?.count == 1)
    for region in ["Kabupaten Jayapura", "Kota Bogor", "Kabupaten Aceh Tenggara"] {
      try Self.conforms(["show", region], data: test.path)
    }
  }

  @Test func sourcesConformInEverySection() throws {
    let test = try Self.richStore()
    defer { test.remove() }
    for section in SmartCity.Sources.sections {
      try Self.conforms(["sources", "--by", section], data: test.path)
    }
    let cited = try Self.conforms(["sources", "--by", "sources"], data: test.path)
    #expect(cited.arrayValue?.first?["records"]?.arrayValue != nil, "the records citing a page are a list")
  }

  @Test func validateConformsValidAndInvalid() throws {
    let test = try Self.richStore()
    defer { test.remove() }
    let valid = try Self.conforms(["validate"], data: test.path)
    #expect(valid["warnings"]?.arrayValue?.isEmpty == false)
    try Data("[{\"code\": \"11.01\"}]".utf8).write(to: URL(fileURLWithPath: test.path + "/mous.json"))
    let invalid = try Self.conforms(["validate"], data: test.path, status: 65)
    #expect(invalid["errors"]?.arrayValue?.isEmpty == false)
  }

  @Test func diffConformsForEveryKindOfChange() throws {
    let test = try Self.richStore()
    defer { test.remove() }
    let edited = CLI.runInProcess(["edit", "mou-2023-91.03", "--set", "note=Dicek ulang"], data: test.path)
    #expect(edited.status == 0, "\(edited.standardError)")
    let removed = CLI.runInProcess(["remove", "mou-2017-94.04", "--yes"], data: test.path)
    #expect(removed.status == 0, "\(removed.standardError)")
    let diff = try Self.conforms(["diff", TestStore.fixture], data: test.path)
    let kinds = Set(diff["changes"]?.arrayValue?.compactMap { $0["change"]?.stringValue } ?? [])
    #expect(kinds == ["added", "removed", "changed"])
  }

  @Test(.enabled(if: gitIsInstalled, "git is not installed"))
  func logConforms() throws {
    let test = try Self.richStore()
    defer { test.remove() }
    func git(_ arguments: [String]) throws {
      let (status, output) = try CLI.shell(
        "/usr/bin/env", ["git", "-C", test.root, "-c", "user.name=Kantor", "-c", "user.email=kantor@example.org"] + arguments)
      #expect(status == 0, "git \(arguments): \(output)")
    }
    try git(["init", "-q", "-b", "main"])
    try git(["add", "-A"])
    try git(["commit", "-q", "-m", "The registry"])
    let edited = CLI.runInProcess(["edit", "mou-2023-91.03", "--set", "note=Dicek ulang"], data: test.path)
    #expect(edited.status == 0, "\(edited.standardError)")
    try git(["commit", "-q", "-am", "Jayapura checked"])
    let log = try Self.conforms(["log", "Kabupaten Jayapura"], data: test.path)
    #expect(log.arrayValue?.count == 2)
  }

  @Test func schemasWrittenToAFolderAreThePrintedOnes() throws {
    let test = try TestStore(empty: ())
    defer { test.remove() }
    let folder = test.root + "/schemas"
    let outcome = CLI.runInProcess(["schema", "--output", folder])
    #expect(outcome.status == 0, "\(outcome.standardError)")
    for schema in OutputSchema.allCases {
      let written = try String(contentsOfFile: folder + "/" + schema.fileName, encoding: .utf8)
      #expect(written == CLI.runInProcess(["schema", schema.rawValue]).standardOutput)
    }
  }

  /// The validator is the test's instrument: it must fail what breaks a schema.
  @Test func theValidatorNoticesEachWayToBreakASchema() throws {
    let test = try Self.richStore()
    defer { test.remove() }
    let schema = try Self.schema("list")
    let listed = CLI.runInProcess(["list", "--format", "json"], data: test.path).standardOutput
    guard case .array(var rows) = try Store.parse(Array(listed.utf8), file: "list"), case .object(let row) = rows[0] else {
      Issue.record("list printed no rows")
      return
    }
    #expect(schema.problems(in: .array(rows)).isEmpty)
    var extra = row
    extra["witness"] = .string("Bupati")
    var missing = row
    missing["signedOn"] = nil
    var retyped = row
    retyped["code"] = .number(11.1)
    var unknownValue = row
    unknownValue["stage"] = .string("finished")
    for broken in [extra, missing, retyped, unknownValue] {
      rows[0] = .object(broken)
      #expect(!schema.problems(in: .array(rows)).isEmpty, "\(broken)")
    }
    let unchecked = JSONSchemaValidator(schema: .object(["maxLength": JSONValue(3)]))
    #expect(!unchecked.problems(in: .string("abcd")).isEmpty, "a keyword the validator cannot check is refused")
  }
}
