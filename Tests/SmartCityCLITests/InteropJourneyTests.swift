import Foundation
import ProgrammeCore
import TestSupport
import Testing

/// Import, export, validate, edit, remove, undo and completions, through the built binary on
/// real files.
@Suite struct InteropJourneyTests {
  static func tool(_ path: String) -> Bool { FileManager.default.isExecutableFile(atPath: path) }

  /// Runs a program and returns its exit status and output.
  static func shell(_ program: String, _ arguments: [String], input: String? = nil) throws -> (Int32, String) {
    try CLI.shell(program, arguments, input: input)
  }

  @Test func exportThenImport_intoANewStore_roundTripsExactly() throws {
    let test = try TestStore(empty: ())
    defer { test.remove() }
    let files = test.root
    for collection in ["letters", "ceremonies", "mous", "milestones"] {
      let export = try CLI.run(
        ["export", "--format", "csv", "--collection", collection, "--output", "\(files)/\(collection).csv"],
        data: TestStore.fixture)
      #expect(export.status == 0, "\(export.standardError)")
    }
    #expect(try CLI.run(["init", test.path]).status == 0)
    for collection in ["letters", "ceremonies", "mous", "milestones"] {
      let imported = try CLI.run(["import", "\(files)/\(collection).csv", "--collection", collection], data: test.path)
      #expect(imported.status == 0, "\(imported.standardError)")
      #expect(imported.standardOutput.hasPrefix("Imported "))
    }
    // The same file again adds nothing and writes nothing.
    let before = try test.snapshot()
    let again = try CLI.run(["import", "\(files)/mous.csv"], data: test.path)
    #expect(again.standardOutput == "Imported 0 records into mous.json from \(files)/mous.csv; 88 already in the store\n")
    #expect(try test.snapshot() == before)
    for name in ["mous.json", "letters.json", "ceremonies.json", "milestones.json"] {
      let shipped = try Data(contentsOf: URL(fileURLWithPath: TestStore.fixture + "/" + name))
      #expect(before[name] == shipped, "\(name) differs after the round trip")
    }
    let reexport = try CLI.run(["export", "--format", "csv"], data: test.path)
    #expect(reexport.standardOutput == (try String(contentsOfFile: "\(files)/mous.csv", encoding: .utf8)))
  }

  @Test func import_fromStandardInput_withSemicolonsAndBOM() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let csv =
      "\u{FEFF}regency;date;signatory;office;on-behalf-of;source\r\nKota Bekasi;21/04/2022;Reny Hendrawati;Sekda;Wali Kota;https://example.org/bekasi\r\n"
    let outcome = try CLI.run(["import", "-"], data: test.path, input: Data(csv.utf8))
    #expect(outcome.status == 0, "\(outcome.standardError)")
    let mou = try #require(try test.store.load().mous.first { $0.id == "mou-2022-32.75" })
    #expect(mou.regionalSignatory == Signatory(name: "Reny Hendrawati", office: "Sekda", onBehalfOf: "Wali Kota"))
    #expect(mou.ceremony == "ceremony-2022-04-21")
  }

  @Test func badImport_changesNothingAndSaysWhichRows() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let before = try test.snapshot()
    let file = test.root + "/bad.csv"
    try Data("regency,date\nKota Bekasi,2022-04-21\nAtlantis,2022-04-21\nKota Bogor,someday\n".utf8).write(
      to: URL(fileURLWithPath: file))
    let outcome = try CLI.run(["import", file], data: test.path)
    #expect(outcome.status == 1)
    #expect(outcome.errorLines.count == 1)
    #expect(
      outcome.standardError.hasPrefix(
        "Error: \(file): 2 bad rows, nothing imported: line 3: no regency or city matches 'Atlantis'"))
    #expect(outcome.standardError.contains("; line 4: signed_on: "))
    #expect(try test.snapshot() == before)
    let missing = try CLI.run(["import", test.root + "/none.csv"], data: test.path)
    #expect(missing.status == 74 && missing.errorLines.count == 1)
  }

  @Test(.enabled(if: tool("/usr/bin/sqlite3"))) func sqlExport_loadsIntoSQLiteWithForeignKeysOn() throws {
    let test = try TestStore(empty: ())
    defer { test.remove() }
    let script = try CLI.run(["export", "--format", "sql"], data: TestStore.fixture)
    #expect(script.status == 0)
    let (status, output) = try Self.shell(
      "/usr/bin/sqlite3", [test.root + "/registry.db"],
      input: "PRAGMA foreign_keys = ON;\n" + script.standardOutput
        + "SELECT count(*) FROM mous; SELECT count(*) FROM regencies; SELECT count(*) FROM letters_regencies;"
        + "SELECT regional_signatory_office FROM mous WHERE id = 'mou-2021-53.19';"
        + "PRAGMA foreign_key_check;\n")
    #expect(status == 0, "\(output)")
    let registry = try Store(directory: TestStore.fixture).load()
    let named = registry.letters.map(\.regencies.count).reduce(0, +)
    let office = registry.mous.first { $0.id == "mou-2021-53.19" }?.regionalSignatory?.office ?? ""
    #expect(output == "88\n514\n\(named)\n\(office)\n")
  }

  /// Run again into a database where a user has built a view on its tables, the script
  /// replaces the data and the view stays, giving the new rows.
  @Test(.enabled(if: tool("/usr/bin/sqlite3"))) func sqlExport_runsAgain_keepingAUsersView() throws {
    let test = try TestStore(empty: ())
    defer { test.remove() }
    let script = try CLI.run(["export", "--format", "sql"], data: TestStore.fixture).standardOutput
    let database = test.root + "/registry.db"
    let first = try Self.shell(
      "/usr/bin/sqlite3", [database],
      input: "PRAGMA foreign_keys = ON;\n" + script
        + "CREATE VIEW office_view AS SELECT regency, cohort FROM mous WHERE cohort = '2021';\n")
    #expect(first.0 == 0, "\(first.1)")
    let again = try Self.shell(
      "/usr/bin/sqlite3", [database],
      input: "PRAGMA foreign_keys = ON;\n" + script + "SELECT count(*) FROM office_view; SELECT count(*) FROM mous;\n")
    let registry = try Store(directory: TestStore.fixture).load()
    #expect(again.0 == 0, "\(again.1)")
    #expect(again.1 == "\(registry.mous.filter { $0.cohort == "2021" }.count)\n\(registry.mous.count)\n")
  }

  /// `export --format csv --output DIR/` writes every collection and the data package that
  /// describes exactly those files; `import DIR` into a new store gives every collection back.
  @Test func csvFolder_holdsEveryCollection_andImportsBack() throws {
    // The target: the fixture's reference lists, and none of its other records.
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    for collection in [Collection.letters, .ceremonies, .mous, .announcedTotals, .claims, .milestones, .quickWins] {
      try test.write(collection.fileName, "[]\n")
    }
    let folder = test.root + "/csv/"
    let written = try CLI.run(["export", "--format", "csv", "--output", folder], data: TestStore.fixture)
    #expect(written.status == 0, "\(written.standardError)")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    // Flat tables: a list is a child table keyed by the record's id; no cell holds JSON.
    #expect(names.contains("mous.csv") && names.contains("mous_sources.csv") && names.contains("letters_regencies.csv"))
    let sources = try String(contentsOfFile: folder + "mous_sources.csv", encoding: .utf8)
    #expect(sources.hasPrefix("mou_id,position,title,publisher,date,url,evidence,note\r\n"))
    for name in names where name.hasSuffix(".csv") {
      let text = try String(contentsOfFile: folder + name, encoding: .utf8)
      #expect(!text.contains("[{") && !text.contains("{\"\""), "\(name) holds JSON in a cell")
    }
    let package = try JSONParser().parse(Array(try Data(contentsOf: URL(fileURLWithPath: folder + "datapackage.json"))))
    #expect(
      Set(package["resources"]?.arrayValue?.compactMap { $0["path"]?.stringValue } ?? [])
        == Set(names.filter { $0 != "datapackage.json" }))
    let imported = try CLI.run(["import", folder], data: test.path)
    #expect(imported.status == 0, "\(imported.standardError)")
    for collection in Collection.allCases {
      let arguments = ["export", "--format", "csv", "--collection", collection.rawValue]
      #expect(
        try CLI.run(arguments, data: test.path).standardOutput == CLI.run(arguments, data: TestStore.fixture).standardOutput,
        "\(collection)")
    }
    let refused = try CLI.run(["import", folder, "--collection", "mous"], data: test.path)
    #expect(refused.status == 64 && refused.standardError.contains("leave out --collection"))
  }

  @Test func validate_exitsZeroForValidAndSixtyFiveForInvalid() throws {
    let valid = try CLI.run(["validate", "--format", "json"], data: TestStore.fixture)
    #expect(valid.status == 0)
    let report = try JSONSerialization.jsonObject(with: Data(valid.standardOutput.utf8)) as? [String: Any]
    #expect(report?["valid"] as? Bool == true)
    #expect((report?["warnings"] as? [[String: String]])?.contains { $0["check"] == "cohort-size" } == true)

    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let mous = try test.read("mous.json")
    try test.write("mous.json", mous.replacingOccurrences(of: "\"regency\": \"53.19\"", with: "\"regency\": \"53.99\""))
    let invalid = try CLI.run(["validate"], data: test.path)
    #expect(invalid.status == 65)
    #expect(invalid.standardOutput.contains("Error: "))
    #expect(invalid.errorLines.count == 1)
  }

  @Test func editRemoveAndUndo_restoreTheStoreByteForByte() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let original = try test.snapshot()
    let edit = try CLI.run(["edit-mou", "mou-2021-53.19", "--venue", "Hotel Inaya Bay, Labuan Bajo"], data: test.path)
    #expect(edit.status == 0, "\(edit.standardError)")
    #expect(edit.standardOutput == "Edited mou-2021-53.19: changed venue\n")
    let free = try #require(try test.store.load().mous.first { $0.cohort == "2017" })
    let refused = try CLI.run(["remove-mou", free.id], data: test.path)
    #expect(refused.status == 1)
    #expect(
      refused.errorLines == ["Error: remove-mou changes the store and standard input is not a terminal; pass --yes to confirm"])
    let remove = try CLI.run(["remove-mou", free.id, "--yes"], data: test.path)
    #expect(remove.status == 0, "\(remove.standardError)")
    #expect(try !test.store.load().mous.contains { $0.id == free.id })

    let list = try CLI.run(["undo", "--list"], data: test.path)
    #expect(list.standardOutput.split(separator: "\n").count == 2)
    #expect(list.standardOutput.contains("smartcity remove-mou \(free.id) --yes"))
    #expect(try CLI.run(["undo", "--yes"], data: test.path).status == 0)
    #expect(try test.store.load().mous.contains { $0.id == free.id })
    let undo = try CLI.run(["undo", "--yes"], data: test.path)
    #expect(undo.standardOutput.hasPrefix("Undid 'smartcity edit-mou mou-2021-53.19 --venue 'Hotel Inaya Bay, Labuan Bajo''"))
    #expect(try test.snapshot() == original)
    let nothing = try CLI.run(["undo", "--yes"], data: test.path)
    #expect(nothing.status == 1 && nothing.errorLines.count == 1)
  }

  @Test func addRegencyLetterAndCohort() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let cohort = try CLI.run(
      ["add-cohort", "--id", "2025", "--title", "Gerakan Menuju Smart City 2025", "--years", "2025", "--announced-size", "0"],
      data: test.path)
    #expect(cohort.standardOutput == "Added cohort 2025 (0 announced) to cohorts.json (unsourced)\n", "\(cohort.standardError)")
    let letter = try CLI.run(
      [
        "add-letter", "--number", "B-1/TEST/2025", "--date", "2025-01-02", "--cohort", "2025", "--regencies",
        "Kota Bekasi, 53.19",
        "--source", "https://example.org/letter",
      ], data: test.path)
    #expect(letter.status == 0, "\(letter.standardError)")
    #expect(try test.store.load().letters.first { $0.number == "B-1/TEST/2025" }?.regencies == ["32.75", "53.19"])
    let regency = try CLI.run(["add-regency", "--code", "53.19", "--name", "Manggarai Barat"], data: test.path)
    #expect(regency.status == 1)
    #expect(regency.errorLines == ["Error: regencies.json already holds '53.19'; each record needs its own id"])
    let badCode = try CLI.run(["add-regency", "--code", "5319", "--name", "X"], data: test.path)
    #expect(badCode.status == 64)
  }

  @Test func htmlExport_isOnePageWithoutOutsideAssets() throws {
    let page = try CLI.run(["export", "--format", "html"], data: TestStore.fixture)
    #expect(page.status == 0)
    let html = page.standardOutput
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("<svg class=\"chart\""))
    // The funnel of the pipeline after the signing, one bar per stage of each cohort with members.
    #expect(
      html.contains(
        "<figure class=\"funnel\"><figcaption>Cohort 2021: 5 of 7 known members (48 announced) have any step reported"))
    #expect(
      html.contains("<title>2021 bimtek-1: 3 reported and 1 implied by a later session, of 7 known members of 48</title>"))
    // The implied members in a pale bar after the reported ones.
    #expect(html.contains("fill=\"#aceebb\"><title>2021 bimtek-1:"))
    // Nothing reported after the signing is said in words, not drawn as a zero.
    #expect(html.contains(">not recorded</text>"))
    #expect(html.components(separatedBy: "<rect ").count - 1 >= 7)
    #expect(!html.contains("<script") && !html.contains("<link") && !html.contains("src="))
    #expect(html.contains("<a href=\"https://"))
    #expect(html.contains("Kabupaten Manggarai Barat"))
  }

  @Test func completionScripts_areValidShell() throws {
    for (shell, path, check) in [
      ("bash", "/bin/bash", ["-n"]), ("zsh", "/usr/bin/zsh", ["-n"]), ("fish", "/usr/bin/fish", ["--no-execute"]),
    ] {
      let script = try CLI.run(["completions", shell])
      #expect(script.status == 0)
      #expect(script.standardOutput.contains("completions \(shell) --"))
      guard Self.tool(path) else { continue }
      let file = FileManager.default.temporaryDirectory.path + "/smartcity-completion-\(UUID().uuidString).\(shell)"
      try Data(script.standardOutput.utf8).write(to: URL(fileURLWithPath: file))
      defer { try? FileManager.default.removeItem(atPath: file) }
      let (status, output) = try Self.shell(path, check + [file])
      #expect(status == 0, "\(shell): \(output)")
    }
    let cohorts = try CLI.run(["completions", "cohorts"], data: TestStore.fixture)
    #expect(cohorts.standardOutput == "2017\n2021\n2022\n2023\n2024\n")
    let wrong = try CLI.run(["completions", "powershell"])
    #expect(wrong.status == 64)
  }

  @Test func badExportOptions_areUsageErrors() throws {
    for arguments in [
      ["export", "--format", "xml"], ["export", "--format", "sql", "--collection", "mous"],
      ["export", "--format", "json", "--bom"], ["export", "--format", "csv", "--delimiter", "|"],
    ] {
      let outcome = try CLI.run(arguments, data: TestStore.fixture)
      #expect(outcome.status == 64, "\(arguments)")
      #expect(outcome.errorLines.count == 1)
      #expect(outcome.standardOutput.isEmpty)
    }
  }
  @Test func jsonNdjsonMarkdownAndSpreadsheetCSV_carryTheRecords() throws {
    let registry = try Store(directory: TestStore.fixture).load()
    let json = try CLI.run(["export"], data: TestStore.fixture)
    let document = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any] ?? [:]
    #expect(document["format"] as? String == "smartcity-registry")
    for collection in Collection.allCases {
      #expect((document[collection.rawValue] as? [Any])?.count == registry.records(of: collection).count, "\(collection)")
    }
    let ndjson = try CLI.run(["export", "--format", "ndjson", "--collection", "milestones"], data: TestStore.fixture)
    let lines = ndjson.standardOutput.split(separator: "\n")
    #expect(lines.count == registry.milestones.count)
    for line in lines { #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) is [String: Any]) }
    let markdown = try CLI.run(["export", "--format", "markdown"], data: TestStore.fixture)
    #expect(markdown.standardOutput.hasPrefix("# Gerakan Menuju Smart City: registry\n\n## Per year\n\n| Year |"))
    #expect(markdown.standardOutput.contains("## Participants"))
    #expect(markdown.standardOutput.contains("| 53.19 | Manggarai Timur |"))
    let excel = try CLI.run(["export", "--format", "csv", "--bom", "--delimiter", ";"], data: TestStore.fixture)
    #expect(excel.standardOutput.hasPrefix("\u{FEFF}id;regency;cohort;ceremony;signed_on;"))
    #expect(excel.standardOutput.split(separator: "\r\n").count >= registry.mous.count + 1)
  }

  @Test func describe_bringsTheDescriptionUpToDate_andValidateWarnsWhenStale() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    try test.write("datapackage.json", "{}\n")
    let stale = try CLI.run(["validate", "--format", "json"], data: test.path)
    #expect(stale.status == 0)
    // The library names the remedy; the command line words it as its command, in JSON and text.
    #expect(stale.standardOutput.contains("datapackage.json out of step with this version's model; run 'smartcity describe'"))
    let staleText = try CLI.run(["--lang", "id", "validate"], data: test.path)
    #expect(staleText.standardOutput.contains("tidak sesuai dengan model versi ini; jalankan 'smartcity describe'"))
    #expect(try CLI.run(["describe"], data: test.path).standardOutput == "Wrote datapackage.json\n")
    #expect(try CLI.run(["describe"], data: test.path).standardOutput == "The description is up to date.\n")
    #expect(try !CLI.run(["validate"], data: test.path).standardOutput.contains("out of step"))
  }

  @Test func validate_refusesTwoMoUsOfARegionInOneCohort() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    var records = try JSONSerialization.jsonObject(with: Data(test.read("mous.json").utf8)) as? [[String: Any]] ?? []
    var copy = try #require(records.first { $0["id"] as? String == "mou-2021-53.19" })
    copy["signedOn"] = "2021-06-01"
    records.append(copy)
    try test.write("mous.json", String(decoding: try JSONSerialization.data(withJSONObject: records), as: UTF8.self))
    let outcome = try CLI.run(["validate"], data: test.path)
    #expect(outcome.status == 65)
    #expect(outcome.standardOutput.contains("duplicate id 'mou-2021-53.19'"))
  }
}
