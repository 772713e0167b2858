import Foundation
import ProgrammeCore
import TestSupport
import Testing

@testable import SmartCityCLI

/// Steps after the signing as the press reports them: dates only as precise as the source, an
/// import of a reference list, and the pipeline's warnings wherever a step comes in.
@Suite struct MilestoneJourneyTests {
  @Test func aMonthOnlyDate_isKeptAsAMonth_neverGivenADay() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let added = try CLI.run(
      [
        "add-milestone", "--regency", "Manggarai Timur", "--kind", "evaluated", "--date", "Juni 2024", "--source",
        "https://example.org/evaluasi",
      ],
      data: test.path)
    #expect(added.status == 0, "\(added.standardError)")
    #expect(added.standardOutput.contains("milestone-2021-53.19-evaluated-2024-06"))
    let stored = try #require(try test.store.load().milestones.first { $0.id == "milestone-2021-53.19-evaluated-2024-06" })
    #expect(stored.date.description == "2024-06" && stored.date.precision == .month)
    let show = try CLI.run(["show", "Manggarai Timur", "--lang", "id"], data: test.path).standardOutput
    #expect(show.contains("\nJuni 2024  dievaluasi (angkatan 2021)\n"), "\(show)")
    // A year alone, as a regulation's number gives it.
    let adopted = try CLI.run(
      [
        "add-milestone", "--regency", "53.19", "--kind", "masterplan-adopted", "--date", "2022", "--regulation",
        "Perbup No. 1 Tahun 2022",
        "--source", "https://example.org/perbup",
      ],
      data: test.path)
    #expect(adopted.status == 0, "\(adopted.standardError)")
    // A span needs a first day: refused, the store unchanged.
    let before = try test.snapshot()
    let span = try CLI.run(
      [
        "add-milestone", "--regency", "53.19", "--kind", "awarded", "--date", "2024-06", "--until", "2024-06-10", "--source",
        "https://example.org/a",
      ],
      data: test.path)
    #expect(
      span.status != 0 && span.errorLines.count == 1 && span.standardError.contains("a last day needs a first day"),
      "\(span.standardError)")
    #expect(try test.snapshot() == before)
    // The export keeps the precision: no SQL DATE would hold "2024-06".
    let sql = try CLI.run(["export", "--format", "sql"], data: test.path).standardOutput
    #expect(sql.contains("\"date\" TEXT NOT NULL") && sql.contains("'2024-06'"))
    let csv = try CLI.run(["export", "--format", "csv", "--collection", "milestones"], data: test.path).standardOutput
    #expect(csv.contains(",evaluated,2024-06,"))
  }

  @Test func import_takesAReferenceList_andWarnsOfTheOrderOnceEveryRowIsIn() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let file = test.root + "/milestones.csv"
    // Bimtek IV comes first in the file and Bimtek III later: no gap once both are in. Bimtek II
    // is dated before the recorded Bimtek I of 2021-06-21, and Bimtek IV of Toba has no III.
    try Data(
      ("cohort,code,kind,date,until,regulation,source,evidence\n"
        + "2021,53.19,bimtek-4,2021-11-20,,,https://example.org/4,Bimtek tahap IV on 20 November 2021.\n"
        + "2021,53.19,bimtek-3,2021-10-01,2021-10-02,,\"https://example.org/3 ; example.net/3\",Bimtek tahap III on 1-2 October 2021.\n"
        + "2021,53.19,bimtek-2,2021-06-01,,,https://example.org/2,Bimtek tahap II on 1 June 2021.\n"
        + "2021,53.19,evaluated,2024-06,,,https://example.org/e,2024-06: evaluation in June 2024 (day not given).\n").utf8
    ).write(to: URL(fileURLWithPath: file))
    let imported = try CLI.run(["import", file, "--collection", "milestones"], data: test.path)
    #expect(imported.status == 0, "\(imported.standardError)")
    #expect(imported.standardOutput.contains("Imported 4 records into milestones.json"))
    let warnings = imported.standardError.split(separator: "\n").map(String.init)
    #expect(warnings == ["Warning: milestone-2021-53.19-bimtek-2-2021-06-01: it is dated before Bimtek Tahap I (2021-06-21)"])
    let stored = try test.store.load().milestones
    let third = try #require(stored.first { $0.id == "milestone-2021-53.19-bimtek-3-2021-10-01" })
    #expect(third.until?.description == "2021-10-02")
    #expect(third.sources.map(\.url) == ["https://example.org/3", "https://example.net/3"])
    #expect(third.sources.allSatisfy { $0.evidence == nil })
    #expect(third.evidence == "Bimtek tahap III on 1-2 October 2021.")
    let fourth = try #require(stored.first { $0.id == "milestone-2021-53.19-bimtek-4-2021-11-20" })
    #expect(fourth.sources.map(\.evidence) == ["Bimtek tahap IV on 20 November 2021."] && fourth.evidence == nil)
    #expect(stored.contains { $0.id == "milestone-2021-53.19-evaluated-2024-06" })
    // validate lists the same finding, and every other one of the store.
    let validate = try CLI.run(["validate"], data: test.path).standardOutput
    #expect(
      validate.contains(
        "Warning: milestones.json: 1 Bimtek session dated before their previous session: milestone-2021-53.19-bimtek-2-2021-06-01"
      ))
    #expect(validate.contains("Bimtek sessions whose previous session is not recorded"))
    // The funnel of 2021 counts Manggarai Timur at bimtek-4 now.
    let funnel = try CLI.run(["report", "--by", "stage", "--cohort", "2021", "--format", "json"], data: test.path).standardOutput
    let lines = try #require(try JSONSerialization.jsonObject(with: Data(funnel.utf8)) as? [[String: Any]])
    #expect(lines.first { $0["stage"] as? String == "evaluated" }?["reached"] as? Int == 1)
    // The same file again adds nothing.
    let again = try CLI.run(["import", file, "--collection", "milestones"], data: test.path)
    #expect(again.status == 0 && again.standardOutput.contains("4 already in the store"), "\(again.standardOutput)")
  }

  /// An MoU whose source gives only the month is kept so: no day, no ceremony guessed, counted in
  /// its year, printed as given.
  @Test func anMoUKnownOnlyToTheMonth_keepsItsPrecision() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let added = try CLI.run(
      ["add-mou", "--regency", "Kota Bogor", "--date", "April 2022", "--source", "https://example.org/bogor"], data: test.path)
    #expect(added.status == 0, "\(added.standardError)")
    let registry = try test.store.load()
    let mou = try #require(registry.mous.first { $0.id == "mou-2022-32.71" })
    #expect(mou.signedOn.description == "2022-04" && mou.ceremony == nil)
    let list = try CLI.run(["list", "--regency", "Kota Bogor", "--format", "json"], data: test.path).standardOutput
    #expect(list.contains("\"signedOn\": \"2022-04\""))
    let show = try CLI.run(["show", "Kota Bogor", "--lang", "id"], data: test.path).standardOutput
    #expect(show.contains("\nApril 2022  "), "\(show)")
    let years = try CLI.run(["report", "--by", "year", "--format", "json"], data: test.path).standardOutput
    let rows = try #require(try JSONSerialization.jsonObject(with: Data(years.utf8)) as? [[String: Any]])
    #expect(rows.first { $0["year"] as? Int == 2022 }?["mous"] as? Int == 8)
    let validate = try CLI.run(["validate"], data: test.path)
    #expect(validate.status == 0, "\(validate.standardOutput)")
  }
}

/// Any record can be taken out by its id, as an MoU can: with the journal, `--dry-run`, the
/// question, and a refusal when other records still name it.
@Suite struct RemoveAnyRecordTests {
  @Test func aWrongMilestone_isRemoved_andUndoPutsItBack() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let id = "milestone-2021-53.19-bimtek-1-2021-06-21"
    let before = try test.snapshot()
    let dry = try CLI.run(["remove", id, "--dry-run"], data: test.path)
    #expect(dry.status == 0 && dry.standardOutput.hasPrefix("Would remove milestone \(id)"))
    #expect(try test.snapshot() == before)
    let unasked = try CLI.run(["remove", id], data: test.path)
    #expect(unasked.status == 1 && unasked.standardError.contains("--yes"))
    let removed = try CLI.run(["remove", id, "--yes"], data: test.path)
    #expect(removed.status == 0 && removed.standardOutput.hasPrefix("Removed milestone \(id)"), "\(removed.standardError)")
    #expect(try test.store.load().milestones.contains { $0.id == id } == false)
    #expect(try CLI.run(["undo", "--yes"], data: test.path).status == 0)
    #expect(try test.snapshot() == before)
  }

  @Test func aRecordOthersName_orNoRecord_isRefused() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let before = try test.snapshot()
    let ceremony = try CLI.run(["remove", "ceremony-2017-05-22", "--yes"], data: test.path)
    #expect(ceremony.status == 1 && ceremony.errorLines.count == 1 && ceremony.standardError.contains("ceremony-2017-05-22"))
    let cohort = try CLI.run(["remove", "2021", "--yes"], data: test.path)
    #expect(cohort.status == 1)
    let nothing = try CLI.run(["remove", "milestone-nope", "--yes"], data: test.path)
    #expect(nothing.status == 1 && nothing.standardError.contains("no record has the id 'milestone-nope'"))
    #expect(try test.snapshot() == before)
  }
}
