import Foundation
import ProgrammeCore
import TestSupport
import Testing

/// The main journeys, through the built binary against a temporary copy of the store.
@Suite struct JourneyTests {
  @Test func addMoU_thenListReportAndShowIt() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let before = try test.snapshot()
    let add = try CLI.run(
      [
        "add-mou", "--regency", "Kota Bekasi", "--date", "21 April 2022", "--signatory", "Tri Adhianto",
        "--office", "Wali Kota", "--venue", "Command Center Kota Bekasi", "--scope", "masterplan-guidance,data-exchange",
        "--source", "https://example.org/kota-bekasi-mou",
      ], data: test.path)
    #expect(add.status == 0, "\(add.standardError)")
    #expect(add.standardOutput == "Registered mou-2022-32.75: Kota Bekasi, cohort 2022, signed 2022-04-21\n")
    #expect(add.standardError.isEmpty)

    let after = try test.snapshot()
    for (name, bytes) in before where name != "mous.json" { #expect(after[name] == bytes) }
    let stored = try JSONSerialization.jsonObject(with: after["mous.json"] ?? Data()) as? [[String: Any]] ?? []
    let record = try #require(stored.first { $0["id"] as? String == "mou-2022-32.75" })
    #expect(record["signedOn"] as? String == "2022-04-21")
    #expect(record["ceremony"] as? String == "ceremony-2022-04-21")
    #expect((record["regionalSignatory"] as? [String: String]) == ["name": "Tri Adhianto", "office": "Wali Kota"])
    #expect(record["scope"] as? [String] == ["masterplan-guidance", "data-exchange"])
    #expect(stored.map { $0["id"] as? String ?? "" } == stored.map { $0["id"] as? String ?? "" }.sorted())

    let list = try CLI.run(["list", "--cohort", "2022", "--format", "json"], data: test.path)
    let rows = try JSONSerialization.jsonObject(with: Data(list.standardOutput.utf8)) as? [[String: Any]] ?? []
    #expect(rows.count == 8)
    let bekasi = try #require(rows.first { $0["code"] as? String == "32.75" })
    #expect(bekasi["status"] as? String == "signed")
    #expect(bekasi["signedOn"] as? String == "2022-04-21")
    #expect(bekasi["kind"] as? String == "kota")
    #expect(bekasi["province"] as? String == "32" && bekasi["provinceName"] as? String == "Jawa Barat")
    #expect(bekasi["cohort"] as? String == "2022")

    let report = try CLI.run(["report", "--format", "json"], data: test.path)
    let json = try JSONSerialization.jsonObject(with: Data(report.standardOutput.utf8)) as? [String: Any] ?? [:]
    let cohorts = json["cohorts"] as? [[String: Any]] ?? []
    let cohort2022 = try #require(cohorts.first { $0["cohort"] as? String == "2022" && $0["scope"] as? String == "cohort" })
    #expect(cohort2022["announced"] as? Int == 50)
    #expect(cohort2022["registered"] as? Int == 8)

    let show = try CLI.run(["show", "32.75"], data: test.path)
    #expect(show.standardOutput.contains("MoU mou-2022-32.75"))
    #expect(show.standardOutput.contains("Signatory: Wali Kota Tri Adhianto"))
    #expect(show.standardOutput.contains("Source: example.org, https://example.org/kota-bekasi-mou"))
  }

  @Test(arguments: [
    ("2021-05-20", "2021-05-20"), ("20/05/2021", "2021-05-20"), ("20 Mei 2021", "2021-05-20"), ("21/4/2022", "2022-04-21"),
  ])
  func addMoU_acceptsTheDatesPeopleWrite(typed: String, stored: String) throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let outcome = CLI.runInProcess(["add-mou", "--regency", "Kabupaten Bogor", "--date", typed], data: test.path)
    #expect(outcome.status == 0, "\(outcome.standardError)")
    #expect(outcome.standardOutput.contains("signed \(stored) (unsourced)"))
    #expect(try test.read("mous.json").contains("\"signedOn\": \"\(stored)\""))
  }

  @Test func dryRun_printsTheSameAndWritesNothing() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let before = try test.snapshot()
    let outcome = try CLI.run(["add-mou", "--regency", "3201", "--date", "2023-02-28", "--dry-run"], data: test.path)
    #expect(outcome.status == 0)
    #expect(
      outcome.standardOutput
        == "Would register mou-2023-32.01: Kabupaten Bogor, cohort 2023, signed 2023-02-28 (unsourced); dry run, nothing written\n"
    )
    #expect(try test.snapshot() == before)
  }

  @Test func seedsOnlyStore_reportsOneMoUIn2021And2022() throws {
    let test = try TestStore(empty: ())
    defer { test.remove() }
    var registry = try Store(directory: TestStore.fixture).load()
    registry.mous = registry.mous.filter { ["mou-2021-53.19", "mou-2022-51.02"].contains($0.id) }
    registry.milestones = registry.milestones.filter { ["53.19", "51.02"].contains($0.regency) }
    try Store.create(at: test.path, holding: registry)
    let outcome = try CLI.run(["report", "--format", "json"], data: test.path)
    #expect(outcome.status == 0)
    let json = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any] ?? [:]
    let years = json["years"] as? [[String: Any]] ?? []
    #expect(years.first { $0["year"] as? Int == 2021 }?["mous"] as? Int == 1)
    #expect(years.first { $0["year"] as? Int == 2022 }?["mous"] as? Int == 1)
    let cohorts = (json["cohorts"] as? [[String: Any]] ?? []).filter { $0["scope"] as? String == "cohort" }
    #expect(cohorts.first { $0["cohort"] as? String == "2021" }?["registered"] as? Int == 1)
    #expect(cohorts.first { $0["cohort"] as? String == "2021" }?["announced"] as? Int == 48)
    #expect(cohorts.first { $0["cohort"] as? String == "2022" }?["registered"] as? Int == 1)
    #expect(cohorts.first { $0["cohort"] as? String == "2022" }?["announced"] as? Int == 50)
  }

  @Test func init_makesAStoreTheOtherCommandsUse() throws {
    let test = try TestStore(empty: ())
    defer { test.remove() }
    let created = try CLI.run(["init", test.path])
    #expect(created.status == 0)
    #expect(created.standardOutput.contains("514 regencies"))
    #expect(try CLI.run(["list"], data: test.path).standardOutput.isEmpty)
    let added = try CLI.run(["add-mou", "--regency", "Tabanan", "--date", "21/4/2022"], data: test.path)
    #expect(added.status == 0)
    #expect(try CLI.run(["list", "--format", "tsv"], data: test.path).standardOutput.hasPrefix("51.02\tTabanan\t"))
    let again = try CLI.run(["init", test.path])
    #expect(again.status == 1)
    #expect(again.standardError.contains("already holds files"))
  }

  @Test func store_isFoundByFlagThenEnvironmentThenWorkingFolder() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let empty = try TestStore(empty: ())
    defer { empty.remove() }
    _ = try CLI.run(["init", empty.path])
    // The flag wins over the environment; the environment over ./Data.
    #expect(try CLI.run(["list", "--data", test.path], data: empty.path).standardOutput.count > 100)
    #expect(try CLI.run(["list"], data: empty.path).standardOutput.isEmpty)
    #expect(try CLI.run(["list"], directory: test.root).standardOutput.count > 100)
    let none = try CLI.run(["list"], directory: "/")
    #expect(none.status == 1)
    #expect(none.standardError.hasPrefix("Error: no store at 'Data'"))
  }

  @Test func pipedOutput_isTabSeparatedWithoutHeader_terminalIsATable() throws {
    let piped = try CLI.run(["list", "--cohort", "2021"], data: TestStore.fixture)
    let lines = piped.standardOutput.split(separator: "\n")
    #expect(lines.count == 7)
    #expect(lines.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 14 })
    #expect(
      lines.first?.hasPrefix("12.12\tToba\tKabupaten Toba\tkabupaten\t12\tSumatera Utara\t2021\tsigned\tbimtek-4\t2021-05-20\t")
        == true)

    let terminal = CLI.runInProcess(["list", "--cohort", "2021"], data: TestStore.fixture, terminal: true)
    #expect(terminal.standardOutput.hasPrefix("\u{1B}[1mCode \u{1B}[0m  \u{1B}[1mRegion"))
    #expect(terminal.standardOutput.hasSuffix("7 regions; cohort 2021: 7 of 48 known\n"))
    let noColor = CLI.runInProcess(
      ["list", "--cohort", "2021"], data: TestStore.fixture, terminal: true, environment: ["NO_COLOR": "1"])
    #expect(noColor.standardOutput.hasPrefix("Code   Region"))
    let flag = CLI.runInProcess(["list", "--cohort", "2021", "--no-color"], data: TestStore.fixture, terminal: true)
    #expect(!flag.standardOutput.contains("\u{1B}"))
    let dumb = CLI.runInProcess(["list"], data: TestStore.fixture, terminal: true, environment: ["TERM": "dumb"])
    #expect(!dumb.standardOutput.contains("\u{1B}"))
  }

  @Test func listFilters_byProvinceAndYear() throws {
    let ntt = CLI.runInProcess(["list", "--province", "NTT", "--format", "json"], data: TestStore.fixture)
    let rows = try JSONSerialization.jsonObject(with: Data(ntt.standardOutput.utf8)) as? [[String: Any]] ?? []
    #expect(rows.map { $0["code"] as? String ?? "" } == ["53.09", "53.10", "53.11", "53.15", "53.19", "53.71"])
    #expect(rows.allSatisfy { $0["province"] as? String == "53" && $0["provinceName"] as? String == "Nusa Tenggara Timur" })
    let tegal = CLI.runInProcess(["list", "--regency", "Kota Tegal", "--format", "tsv"], data: TestStore.fixture)
    #expect(tegal.standardOutput.split(separator: "\n").map { $0.prefix(11) } == ["33.76\tTegal"])
    let year = CLI.runInProcess(["list", "--year", "2018", "--format", "tsv"], data: TestStore.fixture)
    #expect(year.standardOutput.split(separator: "\n").map { $0.prefix(5) } == ["33.16"])
  }

  @Test func selectedButUnsignedRegions_areListedAsSelected() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    // Remove Boven Digoel's MoU: the letter B-349 still names it.
    try test.store.update { (registry: inout Registry) throws(ProgrammeError) in
      registry.mous.removeAll { $0.id == "mou-2023-93.02" }
    }
    let outcome = CLI.runInProcess(["list", "--cohort", "2023", "--format", "json"], data: test.path)
    let rows = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [[String: Any]] ?? []
    let digoel = try #require(rows.first { $0["code"] as? String == "93.02" })
    #expect(digoel["status"] as? String == "selected")
    #expect(digoel["signedOn"] is NSNull)
    #expect(digoel["letter"] as? String == "B-349/DJAI/AI.01.02/06/2022")
  }

  @Test func csvOutput_isRFC4180AndNeutralisesFormulas() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    // A formula is no web address: refused as a source, stored nowhere.
    let before = try test.snapshot()
    let refused = CLI.runInProcess(
      ["add-mou", "--regency", "Kota Bogor", "--date", "2022-04-21", "--source", "=HYPERLINK(\"http://x\",\"a, b\")"],
      data: test.path)
    #expect(refused.status == 64 && refused.standardError.contains("a source is the web address"))
    #expect(try test.snapshot() == before)
    // In free text it is kept, and a spreadsheet opening the export sees text, not a formula.
    _ = CLI.runInProcess(
      [
        "add-mou", "--regency", "Kota Bogor", "--date", "2022-04-21", "--source", "https://example.org/x",
        "--venue", "=HYPERLINK(\"http://x\",\"a, b\")",
      ],
      data: test.path)
    let outcome = CLI.runInProcess(["export", "--format", "csv"], data: test.path)
    #expect(outcome.standardOutput.hasPrefix("id,regency,cohort,ceremony,signed_on,venue,"))
    #expect(outcome.standardOutput.contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"a, b\"\")\","))
  }

  @Test func show_worksForAnyRegionMemberOrNot() throws {
    let member = try CLI.run(["show", "Kabupaten Manggarai Timur"], data: TestStore.fixture)
    #expect(member.standardOutput.hasPrefix("Kabupaten Manggarai Timur (53.19)\n"))
    #expect(member.standardOutput.contains("Signatory: Bupati Agas Andreas, S.H., M.Hum"))
    #expect(member.standardOutput.contains("Selection letter 646/Kominfo/DJAL/AI.01.05/10/2020"))
    let other = try CLI.run(["show", "Kota Administrasi Jakarta Pusat"], data: TestStore.fixture)
    #expect(other.status == 0)
    #expect(other.standardOutput.contains("Not in the programme"))
    let claim = try CLI.run(["show", "Kota Batu"], data: TestStore.fixture)
    #expect(claim.standardOutput.contains("Unconfirmed: reported in cohort 2021 (low confidence)"))
    let json = try CLI.run(["show", "5102", "--format", "json"], data: TestStore.fixture)
    let object = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any] ?? [:]
    #expect((object["mous"] as? [Any])?.count == 1)
    #expect(object["inProgramme"] as? Bool == true)
  }
}
