import Foundation
import ProgrammeCore
import TestSupport
import Testing

@testable import SmartCityCLI

/// Memberships with their evidence, entered as people enter them, and nothing they type lost.
@Suite struct EvidenceJourneyTests {
  /// Every option that takes one value, given twice to every command that has it, is refused
  /// with exit 64 and the store unchanged: no value is ever silently dropped. Repeatable options
  /// keep every value (tested below).
  @Test func everySingleValueOption_givenTwice_isRefused() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let before = try test.snapshot()
    var checked = 0
    for command in SmartCity.commands {
      for option in command.spec.allOptions where !option.isFlag && !option.isRepeatable {
        let value = option.values?.first ?? "x"
        let outcome = CLI.runInProcess(
          [command.spec.name, "--\(option.name)", value, "--\(option.name)", value], data: test.path)
        #expect(outcome.status == 64, "\(command.spec.name) --\(option.name): \(outcome.standardError)")
        #expect(outcome.errorLines.first?.contains("was given more than once") == true, "\(command.spec.name) --\(option.name)")
        checked += 1
      }
    }
    #expect(checked > 50)
    #expect(try test.snapshot() == before)
  }

  @Test func addMoU_keepsEverySourceWithItsEvidenceConfidenceAndNumber() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    // One page's words are that page's; the same words for two pages would credit each with them.
    let before = try test.snapshot()
    let both = try CLI.run(
      [
        "add-mou", "--regency", "Kota Bekasi", "--date", "2022-04-21", "--source", "https://bekasikota.go.id/berita/mou",
        "--source", "kompas.com/read/2022/04/21/mou", "--evidence", "Signed on 21 April 2022.",
      ],
      data: test.path)
    #expect(both.status == 64 && both.standardError.contains("would credit each of several sources with the same words"))
    #expect(try test.snapshot() == before)
    let added = try CLI.run(
      [
        "add-mou", "--regency", "Kota Bekasi", "--date", "2022-04-21", "--confidence", "high", "--number",
        "B-1/DJAI/HK.04.02/04/2022", "--source", "https://bekasikota.go.id/berita/mou",
        "--evidence", "The Wali Kota signed the smart city MoU virtually on 21 April 2022.",
      ],
      data: test.path)
    #expect(added.status == 0, "\(added.standardError)")
    // One of each is said in the singular.
    let one = try CLI.run(["show", "Kota Bekasi"], data: test.path).standardOutput
    #expect(one.contains("  Confidence: high (1 source from 1 independent publisher)\n"), "\(one)")
    let second = try CLI.run(
      [
        "edit-mou", "mou-2022-32.75", "--source", "kompas.com/read/2022/04/21/mou", "--evidence",
        "Kompas: Bekasi among the 50 regions that signed on 21 April 2022.",
      ],
      data: test.path)
    #expect(second.status == 0, "\(second.standardError)")
    let mou = try #require(try test.store.load().mous.first { $0.id == "mou-2022-32.75" })
    #expect(mou.confidence == .high && mou.number == "B-1/DJAI/HK.04.02/04/2022")
    #expect(mou.sources.map(\.url) == ["https://bekasikota.go.id/berita/mou", "https://kompas.com/read/2022/04/21/mou"])
    #expect(mou.sources.map(\.publisher) == ["bekasikota.go.id", "kompas.com"])
    #expect(
      mou.sources.map(\.evidence) == [
        "The Wali Kota signed the smart city MoU virtually on 21 April 2022.",
        "Kompas: Bekasi among the 50 regions that signed on 21 April 2022.",
      ])
    let show = try CLI.run(["show", "Kota Bekasi"], data: test.path).standardOutput
    #expect(show.contains("  MoU number: B-1/DJAI/HK.04.02/04/2022\n"))
    #expect(show.contains("  Confidence: high (2 sources from 2 independent publishers)\n"))
    #expect(show.contains("  Source: kompas.com, https://kompas.com/read/2022/04/21/mou\n    Evidence: Kompas: Bekasi"))

    let edited = try CLI.run(
      [
        "edit-mou", "mou-2022-32.75", "--clear", "number,confidence", "--source", "https://a.example/1", "--source",
        "https://b.example/2",
      ],
      data: test.path)
    #expect(edited.status == 0, "\(edited.standardError)")
    let after = try #require(try test.store.load().mous.first { $0.id == "mou-2022-32.75" })
    #expect(after.number == nil && after.confidence == nil && after.sources.count == 4)
    let cleared = try CLI.run(["edit-mou", "mou-2022-32.75", "--clear", "venue", "--clear", "sources"], data: test.path)
    #expect(cleared.status == 0, "\(cleared.standardError)")
    let emptied = try test.store.load().mous.first { $0.id == "mou-2022-32.75" }
    #expect(emptied?.sources == [] && emptied?.venue == nil)
    let orphan = try CLI.run(["add-mou", "--regency", "Kota Bogor", "--date", "2022-04-21", "--evidence", "x"], data: test.path)
    #expect(orphan.status == 64 && orphan.standardError.contains("give at least one"))
  }

  @Test func import_takesConfidenceNumberEvidenceAndSeveralSources() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let csv = test.root + "/rows.csv"
    try Data(
      ("regency,date,confidence,number,source,evidence\n"
        + "Kota Bekasi,21/04/2022,high,B-9/DJAI/HK.04.02/04/2022,\"https://bekasikota.go.id/a\nkompas.com/b\",Signed virtually on 21 April 2022.\n")
        .utf8
    ).write(to: URL(fileURLWithPath: csv))
    let imported = try CLI.run(["import", csv], data: test.path)
    #expect(imported.status == 0, "\(imported.standardError)")
    let mou = try #require(try test.store.load().mous.first { $0.id == "mou-2022-32.75" })
    #expect(mou.confidence == .high && mou.number == "B-9/DJAI/HK.04.02/04/2022")
    #expect(mou.sources.map(\.url) == ["https://bekasikota.go.id/a", "https://kompas.com/b"])
    // One paraphrase for two pages is the MoU's own, said once; no page is credited with it.
    #expect(mou.sources.allSatisfy { $0.evidence == nil })
    #expect(mou.evidence == "Signed virtually on 21 April 2022.")
    let shown = try CLI.run(["show", "Kota Bekasi"], data: test.path).standardOutput
    #expect(shown.contains("  Evidence of these sources together: Signed virtually on 21 April 2022.\n"))
    // The export carries them, and importing it into a store without the MoU gives it back.
    let exported = try CLI.run(["export", "--format", "csv"], data: test.path).standardOutput
    #expect(exported.contains(",B-9/DJAI/HK.04.02/04/2022,high,"))
    #expect(exported.contains("Signed virtually on 21 April 2022."))
  }

  @Test func sources_listsTheWeakestFirstAndTheProblems() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    _ = try CLI.run(
      [
        "add-mou", "--regency", "Kota Bekasi", "--date", "2022-04-21", "--confidence", "medium", "--source",
        "https://one.example/a",
      ],
      data: test.path)
    let rows = try CLI.run(["sources", "--cohort", "2022", "--format", "json"], data: test.path).standardOutput
    let memberships = try #require(try JSONSerialization.jsonObject(with: Data(rows.utf8)) as? [[String: Any]])
    #expect(memberships.count == 8)
    // Fixture MoUs have no confidence, so they come first; then the one medium MoU.
    #expect(memberships.last?["confidence"] as? String == "medium")
    #expect(memberships.map { $0["independentSources"] as? Int ?? -1 }.allSatisfy { $0 >= 0 })
    let problems = try CLI.run(["sources", "--by", "problems", "--format", "csv"], data: test.path).standardOutput
    #expect(problems.hasPrefix("file,record,problem,address\r\n"))
    #expect(problems.contains("letters.json,B-160/DJAI/AI.01.02/02/2024,unsourced,"))
    let cited = try CLI.run(["sources", "--by", "sources", "--format", "tsv"], data: test.path).standardOutput
    #expect(cited.split(separator: "\n").allSatisfy { Int($0.split(separator: "\t")[0]) ?? 0 >= 2 })
    let unknown = try CLI.run(["sources", "--cohort", "1999"], data: test.path)
    #expect(unknown.status == 1)
  }

  @Test func report_showsMembersBeyondTheAnnouncedSizeAndAccountsForTheGap() throws {
    var registry = try Store(directory: TestStore.fixture).load()
    let cohort = try #require(registry.cohorts.firstIndex { $0.id == "2024" })
    registry.cohorts[cohort].announcedSize = 5
    let report = ProgrammeReport(registry: registry)
    let line = try #require(report.cohorts.first { $0.id == "2024" })
    #expect(line.registered == 9 && line.beyondAnnounced == 4)
    #expect(line.coverage.text(in: .english) == "9 of 5 (4 more than announced)")
    let fixture = ProgrammeReport(registry: try Store(directory: TestStore.fixture).load())
    let total2021 = try #require(fixture.reconciliation.first { $0.year == 2021 })
    // 141 announced − 58 registered = 83: 49 of phase 2018 and 2021's 41 not yet known, less
    // the 7 announced repeats the fixture does not show.
    #expect(total2021.unknownMembers == 90)
    #expect(total2021.explanation.text(in: .english).contains("141 announced \u{2212} 58 registered = +83"))
  }
}

/// One report, however it is asked for: no section dropped, no option ignored.
@Suite struct ReportScopeTests {
  @Test func pipedReport_isTheWholeReport_andTableFormatsNeedASection() throws {
    let piped = try CLI.run(["report"], data: TestStore.fixture)
    let terminal = CLI.runInProcess(["report", "--no-color"], data: TestStore.fixture, terminal: true)
    #expect(piped.status == 0 && piped.standardOutput == terminal.standardOutput)
    #expect(
      piped.standardOutput.contains("Per cohort\n") && piped.standardOutput.contains("Announced totals against the registry\n"))
    for format in ["csv", "tsv"] {
      let refused = try CLI.run(["report", "--format", format], data: TestStore.fixture)
      #expect(refused.status == 64 && refused.standardError.contains("choose it with --by"))
      let section = try CLI.run(["report", "--format", format, "--by", "cohort"], data: TestStore.fixture)
      #expect(section.status == 0 && !section.standardOutput.isEmpty)
    }
  }

  /// Machines get types, not prose: a yes or no is a boolean, several values an array.
  @Test func json_isTyped() throws {
    let cohorts = try CLI.run(["report", "--by", "cohort", "--format", "json"], data: TestStore.fixture).standardOutput
    let rows = try #require(try JSONSerialization.jsonObject(with: Data(cohorts.utf8)) as? [[String: Any]])
    #expect(rows.allSatisfy { $0["complete"] is Bool })
    let regencies = try CLI.run(["regencies", "--search", "Batu", "--format", "json"], data: TestStore.fixture).standardOutput
    let batu = try #require(
      (try JSONSerialization.jsonObject(with: Data(regencies.utf8)) as? [[String: Any]])?.first {
        $0["code"] as? String == "35.79"
      })
    #expect(batu["cohorts"] as? [String] == ["2017"])
    let csv = try CLI.run(["report", "--by", "cohort", "--format", "csv"], data: TestStore.fixture).standardOutput
    #expect(csv.contains(",false,") && !csv.contains(",no,"))
  }

  @Test func cohort_narrowsEverySection() throws {
    let provinces = try CLI.run(["report", "--by", "province", "--cohort", "2021", "--format", "json"], data: TestStore.fixture)
    let rows = try #require(try JSONSerialization.jsonObject(with: Data(provinces.standardOutput.utf8)) as? [[String: Any]])
    #expect(rows.map { $0["mous"] as? Int ?? 0 }.reduce(0, +) == 7)
    let national = try CLI.run(["report", "--by", "province", "--format", "json"], data: TestStore.fixture)
    let all = try #require(try JSONSerialization.jsonObject(with: Data(national.standardOutput.utf8)) as? [[String: Any]])
    #expect(all.map { $0["mous"] as? Int ?? 0 }.reduce(0, +) == 88)
    let years = try CLI.run(["report", "--by", "year", "--cohort", "2021", "--format", "tsv"], data: TestStore.fixture)
    #expect(years.standardOutput.split(separator: "\n").map { $0.split(separator: "\t")[0] } == ["2021"])
    let whole = try CLI.run(["report", "--cohort", "2021"], data: TestStore.fixture).standardOutput
    #expect(!whole.contains("Announced totals") && whole.contains("Regions of cohort 2021: 7 of 514"))
    let refused = try CLI.run(["report", "--by", "reconciliation", "--cohort", "2021"], data: TestStore.fixture)
    #expect(refused.status == 64 && refused.standardError.contains("leave out --cohort"))
  }
}

/// Names and codes as people type them.
@Suite struct TypedNamesTests {
  @Test func closedSets_areCaseInsensitive_andHelpOfHelpIsHelp() throws {
    let upper = try CLI.run(["list", "--stage", "BIMTEK-1", "--format", "json"], data: TestStore.fixture)
    let lower = try CLI.run(["list", "--stage", "bimtek-1", "--format", "json"], data: TestStore.fixture)
    #expect(upper.status == 0 && upper.standardOutput == lower.standardOutput && !lower.standardOutput.isEmpty)
    let help = try CLI.run(["help", "--help"])
    #expect(help.status == 0 && help.standardOutput.hasPrefix("OVERVIEW: "))
  }

  @Test func aProvinceOrARegionWhereAnMoUIdIsExpected_isAnsweredWithWhatWouldDo() throws {
    let province = try CLI.run(["show", "Jakarta"], data: TestStore.fixture)
    #expect(province.status == 1 && province.errorLines.first?.contains("is a province") == true)
    #expect(province.standardError.contains("Kota Administrasi Jakarta Pusat (31.71)"))
    let region = try CLI.run(["edit-mou", "Kota Bekasi", "--venue", "x"], data: TestStore.fixture)
    #expect(region.status == 1 && region.errorLines.first?.contains("did you mean 'mou-2017-32.75'?") == true)
    let jogja = try CLI.run(["show", "Kota Jogja"], data: TestStore.fixture)
    #expect(jogja.status == 0 && jogja.standardOutput.hasPrefix("Kota Yogyakarta (34.71)"))
  }
}

/// CSV as spreadsheets write it.
@Suite struct SpreadsheetImportTests {
  @Test func indonesianHeaders_emptyTrailingRowsAndUnnamedColumns_areRead() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let file = test.root + "/rows.csv"
    try Data(
      ("Kabupaten/Kota;TANGGAL;Angkatan;Sumber;Bukti;;\r\n"
        + "Kota Bogor;Kamis, 21 April 2022;2022;bogorkota.go.id/mou;Wali Kota menandatangani secara virtual.;;\r\n"
        + ";;;;;;\r\n;;;;;;\r\n").utf8
    ).write(to: URL(fileURLWithPath: file))
    let imported = try CLI.run(["import", file], data: test.path)
    #expect(imported.status == 0, "\(imported.standardError)")
    let mou = try #require(try test.store.load().mous.first { $0.id == "mou-2022-32.71" })
    #expect(mou.sources.map(\.url) == ["https://bogorkota.go.id/mou"])
    #expect(mou.sources.first?.evidence == "Wali Kota menandatangani secara virtual.")
  }

  @Test func aValueUnderNoHeader_isRefused_andManyBadRowsAreCounted() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let before = try test.snapshot()
    let unnamed = test.root + "/unnamed.csv"
    try Data("regency,date,\nKota Bogor,2022-04-21,lost?\n".utf8).write(to: URL(fileURLWithPath: unnamed))
    let refused = try CLI.run(["import", unnamed], data: test.path)
    #expect(refused.status == 1 && refused.standardError.contains("column 3 has no header but holds values"))
    let many = test.root + "/many.csv"
    try Data(("regency,date\n" + String(repeating: "Atlantis,2022-04-21\n", count: 25)).utf8).write(
      to: URL(fileURLWithPath: many))
    let counted = try CLI.run(["import", many], data: test.path)
    #expect(
      counted.errorLines.count == 1 && counted.standardError.contains("25 bad rows")
        && counted.standardError.contains("and 15 more"))
    let unknown = test.root + "/unknown.csv"
    try Data("regency,tarikh\nKota Bogor,2022-04-21\n".utf8).write(to: URL(fileURLWithPath: unknown))
    let header = try CLI.run(["import", unknown], data: test.path)
    #expect(header.standardError.contains("kabupaten_kota") && header.standardError.contains("tanggal"))
    let ceremony = test.root + "/ceremony.csv"
    try Data("regency,date,ceremony,source\nKota Bogor,2022-04-21,ceremony-2099-01-01,https://example.org/a\n".utf8)
      .write(to: URL(fileURLWithPath: ceremony))
    let first = try CLI.run(["import", ceremony], data: test.path)
    #expect(first.standardError.contains("import the ceremonies first"))
    #expect(try test.snapshot() == before)
  }

  @Test func aCohortPastItsAnnouncedSize_isAWarningNamingIt() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    // The fixture's cohort 2024 has 9 of 10 members.
    let tenth = try CLI.run(
      ["add-mou", "--regency", "Kota Bogor", "--date", "2024-03-05", "--source", "https://example.org/a"], data: test.path)
    #expect(tenth.status == 0 && !tenth.standardError.contains("Warning"))
    let eleventh = try CLI.run(
      ["add-mou", "--regency", "Kota Depok", "--date", "2024-03-05", "--source", "https://example.org/b"], data: test.path)
    #expect(eleventh.status == 0)
    #expect(
      eleventh.standardError
        == "Warning: cohort 2024 now has 11 members, more than the 10 announced; check the cohort, or record why in the cohort's note\n"
    )
  }
}
