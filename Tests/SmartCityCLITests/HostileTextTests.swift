import Foundation
import ProgrammeCore
import TestSupport
import Testing

/// Everything that leaves the store is as safe as the store: a store whose every free text is an
/// attack (markup, a script, a quote that ends an attribute, a right-to-left override) gives a
/// site, an HTML report and a map in which all of it is text; an id that would name a page or a
/// file outside its folder is refused at every entry point.
@Suite(.serialized) struct HostileTextTests {
  /// Markup that runs a script wherever it is not escaped, and a direction override.
  static let attack = "\"'><img src=x onerror=top.__xss=1><script>top.__xss=1</script>\u{202E}evil"
  /// An address a browser opens, holding the attack in its query.
  static let address = "https://example.org/?q=\"'><script>top.__xss=1</script>"

  /// The fixture with every free text of every record, nested ones included, set to the attack:
  /// the fields that are ids, codes, references, choices, dates and numbers keep their values.
  static func hostileStore() throws -> TestStore {
    let test = try TestStore.copyOfFixture()
    for collection in Collection.allCases {
      let schema = CollectionSchema.of(collection)
      let url = URL(fileURLWithPath: test.path + "/" + collection.fileName)
      let records = try JSONParser().parse(Array(try Data(contentsOf: url))).arrayValue ?? []
      let hostile = records.map { record in
        attacked(record, fields: schema.fields, keeping: [schema.primaryKey])
      }
      try Data(JSONWriter().bytes(for: .array(hostile))).write(to: url)
    }
    return test
  }

  static func attacked(_ record: JSONValue, fields: [FieldSchema], keeping: Set<String> = []) -> JSONValue {
    guard var members = record.objectValue else { return record }
    for field in fields where !keeping.contains(field.name) && field.reference == nil && field.values == nil {
      guard let value = members[field.name] else { continue }
      switch field.kind {
      case .string where field.pattern == nil:
        members[field.name] = .string(field.name == "url" ? address : attack)
      case .object(let inner):
        members[field.name] = attacked(value, fields: inner)
      case .objects(let inner):
        members[field.name] = .array((value.arrayValue ?? []).map { attacked($0, fields: inner) })
      default: break
      }
    }
    return .object(members)
  }

  /// The outputs people open, written from the hostile store: the site, the HTML report, the map.
  static func outputs(of test: TestStore) throws -> (site: String, report: String, map: String) {
    let site = test.root + "/site"
    let report = test.root + "/report.html"
    let map = test.root + "/map.svg"
    for arguments in [
      ["export", "--format", "site", "--output", site], ["export", "--format", "html", "--output", report],
      ["map", "--output", map],
    ] {
      let outcome = try CLI.run(arguments, data: test.path)
      #expect(outcome.status == 0, "\(arguments): \(outcome.standardError)")
    }
    return (site, report, map)
  }

  @Test func everyText_isTextInTheSiteTheReportAndTheMap() throws {
    let test = try Self.hostileStore()
    defer { test.remove() }
    let validate = try CLI.run(["validate"], data: test.path)
    #expect(validate.status == 0, "the attack is text the store accepts: \(validate.standardError)")
    let (site, report, map) = try Self.outputs(of: test)
    var files = [report, map]
    let enumerator = FileManager.default.enumerator(atPath: site)
    while let path = enumerator?.nextObject() as? String {
      if path.hasSuffix(".html") || path.hasSuffix(".svg") { files.append(site + "/" + path) }
    }
    #expect(files.count > 1000)
    var attacked = 0
    for file in files {
      let text = try String(contentsOfFile: file, encoding: .utf8)
      // An attribute left open by the data's quote would show as raw markup here too.
      #expect(!text.contains("<img src=x"), "\(file): markup of the data is not escaped")
      #expect(!text.contains("<script>top."), "\(file): a script of the data is not escaped")
      #expect(!text.lowercased().contains("href=\"javascript:"), "\(file)")
      // Every direction override the data opens is closed before the page's own words go on.
      let overrides = text.unicodeScalars.filter { $0 == "\u{202E}" }.count
      let closings = text.unicodeScalars.filter { $0 == "\u{202C}" }.count
      #expect(closings >= overrides, "\(file): \(overrides) overrides, \(closings) closed")
      if text.contains("&lt;script&gt;top.__xss") { attacked += 1 }
    }
    // The attack reached the pages (as text), so the checks above checked something.
    #expect(attacked > 1000)
  }

  /// The same pages in a real browser: no script of the attacker runs on any page of the site,
  /// the HTML report or the map (Scripts/check-site.py --hostile, in headless Chromium).
  @Test(.enabled(if: HostileTextTests.hasChromium, "chromium is not on PATH: the browser check is skipped"))
  func noScriptOfTheAttacker_runsInChromium() throws {
    let test = try Self.hostileStore()
    defer { test.remove() }
    let (site, report, map) = try Self.outputs(of: test)
    let (status, printed) = try CLI.shell(
      "/usr/bin/env",
      ["python3", TestStore.packageRoot + "/Scripts/check-site.py", site, "--hostile", "--extra", report, "--extra", map])
    #expect(status == 0, "\(printed)")
    #expect(printed.contains("0 failed"), "\(printed)")
  }

  static var hasChromium: Bool {
    (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
      FileManager.default.isExecutableFile(atPath: "\($0)/chromium")
    }
  }

  /// An id that would name a page or a file outside its folder, or carry markup, is refused by
  /// every entry point, and the store is left as it was; a hand-edited one fails `validate`.
  @Test(arguments: [
    ["add-cohort", "--id", "../../../x", "--title", "X", "--years", "2025", "--announced-size", "0"],
    ["add-cohort", "--id", "<script>", "--title", "X", "--years", "2025", "--announced-size", "0"],
    ["add", "cohorts", "--set", "id=a/b", "--set", "title=X", "--set", "years=2025", "--set", "announced_size=0"],
    ["add", "ceremonies", "--set", "id=../../..", "--set", "cohort=2021", "--set", "date=2021-05-21", "--set", "mode=virtual"],
    ["add-letter", "--number", "../..", "--date", "2021-01-01", "--cohort", "2021"],
    ["add-letter", "--number", "B-1//x", "--date", "2021-01-01", "--cohort", "2021"],
    ["edit", "ceremony-2021-05-20", "--set", "id=x\"onmouseover=alert(1)"],
    [
      "add", "mous", "--set", "regency=32.75", "--set", "signed_on=2022-04-21", "--set",
      "sources=[{\"url\":\"javascript:alert(1)\"}]",
    ],
    ["add-mou", "--regency", "Kota Bekasi", "--date", "2022-04-21", "--source", "javascript:alert(1)"],
  ])
  func hostileIDsAndAddresses_areRefusedEverywhere(arguments: [String]) throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let before = try test.snapshot()
    let outcome = try CLI.run(arguments, data: test.path)
    #expect(outcome.status != 0)
    #expect(outcome.standardError.split(separator: "\n").first?.hasPrefix("Error: ") == true, "\(outcome.standardError)")
    #expect(try test.snapshot() == before)
  }

  @Test func hostileIDs_enteringByImportOrByHand_areRefused() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let before = try test.snapshot()
    let csv = test.root + "/cohorts.csv"
    try Data("id,title,years,announced_size,phases,sources\n../../../x,X,2025,0,,\n".utf8).write(to: URL(fileURLWithPath: csv))
    let imported = try CLI.run(["import", csv, "--collection", "cohorts"], data: test.path)
    #expect(imported.status != 0 && imported.standardError.contains("cannot be an id"), "\(imported.standardError)")
    #expect(try test.snapshot() == before)
    // By hand: the loader refuses the store, and so does every command.
    let file = URL(fileURLWithPath: test.path + "/cohorts.json")
    let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(
      of: "\"id\": \"2024\"", with: "\"id\": \"../2024\"")
    try Data(text.utf8).write(to: file)
    for arguments in [["validate"], ["export", "--format", "site", "--output", test.root + "/site"]] {
      let outcome = try CLI.run(arguments, data: test.path)
      #expect(outcome.status == 65, "\(arguments): \(outcome.standardError)")
    }
    #expect(!FileManager.default.fileExists(atPath: test.root + "/site"))
  }
}
