import Foundation
import ProgrammeCore
import TestSupport
import Testing

/// The pipeline after the signing, end to end on a scenario store.
@Suite struct PipelineJourneyTests {
  @Test func milestonesAndQuickWins_flowIntoListShowAndReports() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let bimtek = try CLI.run(
      [
        "add-milestone", "--regency", "Ngada", "--kind", "bimtek-1", "--date", "24/06/2021", "--until", "25 Juni 2021",
        "--source", "https://example.org/ngada-bimtek",
      ], data: test.path)
    #expect(bimtek.status == 0, "\(bimtek.standardError)")
    #expect(
      bimtek.standardOutput
        == "Recorded milestone-2021-53.09-bimtek-1-2021-06-24: Kabupaten Ngada, Bimtek Tahap I, 2021-06-24 to 2021-06-25\n")
    #expect(bimtek.standardError.isEmpty)

    let skipped = try CLI.run(
      ["add-milestone", "--regency", "53.09", "--kind", "bimtek-3", "--date", "2021-09-01"], data: test.path)
    #expect(skipped.status == 0)
    #expect(skipped.standardError == "Warning: Bimtek Tahap II is not recorded for this membership\n")

    let before = try test.snapshot()
    let duplicate = try CLI.run(
      ["add-milestone", "--regency", "53.09", "--kind", "bimtek-3", "--date", "2021-09-01"], data: test.path)
    #expect(duplicate.status == 1)
    #expect(duplicate.standardError == "Error: this milestone is already recorded: milestone-2021-53.09-bimtek-3-2021-09-01\n")
    #expect(try test.snapshot() == before)

    let win = try CLI.run(
      ["add-quickwin", "--regency", "Ngada", "--pillar", "society", "--title", "Kelas literasi digital", "--status", "running"],
      data: test.path)
    #expect(
      win.standardOutput
        == "Recorded quickwin-2021-53.09-kelas-literasi-digital: Kabupaten Ngada, Smart Society, running (unsourced)\n")

    let stage = try CLI.run(["list", "--stage", "bimtek-3", "--format", "tsv"], data: test.path)
    #expect(stage.standardOutput.split(separator: "\n").map { $0.prefix(5) } == ["53.09"])
    let pillar = try CLI.run(["list", "--pillar", "society", "--format", "json"], data: test.path)
    let rows = try JSONSerialization.jsonObject(with: Data(pillar.standardOutput.utf8)) as? [[String: Any]] ?? []
    #expect(rows.map { $0["code"] as? String } == ["53.09"])
    #expect(rows.first?["stage"] as? String == "bimtek-3")

    let funnel = try CLI.run(["report", "--by", "stage", "--cohort", "2021", "--format", "json"], data: test.path)
    let lines = try JSONSerialization.jsonObject(with: Data(funnel.standardOutput.utf8)) as? [[String: Any]] ?? []
    // Ngada's Bimtek III implies its session II (its session I is reported); Kudus's presented
    // masterplan implies no session.
    let line = { (stage: String) in lines.first { $0["stage"] as? String == stage } ?? [:] }
    #expect(line("bimtek-1")["reported"] as? Int == 4 && line("bimtek-1")["implied"] as? Int == 1)
    #expect(line("bimtek-2")["reported"] as? Int == 0 && line("bimtek-2")["implied"] as? Int == 3)
    #expect(line("bimtek-1")["reached"] as? Int == 5)
    #expect(line("bimtek-3")["reported"] as? Int == 1 && line("bimtek-3")["implied"] as? Int == 2)
    // Shares are of the known members; what is known and what has any report is said beside them.
    let signed = lines.first { $0["stage"] as? String == "signed" }
    #expect(signed?["sharePercent"] as? Double == 100.0)
    #expect(signed?["knownMembers"] as? Int == 7 && signed?["announced"] as? Int == 48)
    #expect(signed?["membersWithReports"] as? Int == 6)
    #expect(lines.first { $0["stage"] as? String == "bimtek-1" }?["sharePercent"] as? Double == 71.4)
    let pillars = try CLI.run(["report", "--by", "pillar", "--format", "csv"], data: test.path)
    #expect(pillars.standardOutput.contains("society,Smart Society,0,1,0,1\r\n"))

    let show = try CLI.run(["show", "Ngada"], data: test.path).standardOutput
    let order = [
      "2021-05-20  MoU mou-2021-53.09", "2021-06-24 to 2021-06-25  Bimtek Tahap I", "2021-09-01  Bimtek Tahap III",
      "Quick wins by pillar", "    Kelas literasi digital (running",
    ]
    let positions = order.compactMap { show.range(of: $0)?.lowerBound }
    #expect(positions.count == order.count, "\(show)")
    #expect(positions == positions.sorted())
    #expect(show.contains("  Stage: bimtek-3"))
  }

  @Test(arguments: [
    (
      ["add-milestone", "--regency", "Ngada", "--kind", "bimtek-5", "--date", "2021-06-24"], Int32(64),
      "The value 'bimtek-5' is invalid for '--kind <kind>'"
    ),
    (["add-milestone", "--regency", "Ngada", "--date", "2021-06-24"], 64, "Missing expected argument '--kind <kind>'"),
    (
      ["add-milestone", "--regency", "Ngada", "--kind", "bimtek-1", "--date", "2021-06-24", "--until", "2021-06-20"], 1,
      "until: ends before it starts (2021-06-24)"
    ),
    (
      ["add-milestone", "--regency", "Jakarta Pusat", "--kind", "bimtek-1", "--date", "2021-06-24"], 1,
      "Kota Administrasi Jakarta Pusat has no MoU; register the signing first with 'smartcity add-mou'"
    ),
    (
      ["add-milestone", "--regency", "Ngada", "--cohort", "2022", "--kind", "bimtek-1", "--date", "2022-06-24"], 1,
      "Kabupaten Ngada has no MoU in cohort 2022"
    ),
    (
      ["add-quickwin", "--regency", "Ngada", "--pillar", "smart", "--title", "x"], 64,
      "The value 'smart' is invalid for '--pillar <pillar>'"
    ),
    (["add-quickwin", "--regency", "Ngada", "--pillar", "living", "--title", "!!!"], 1, "title: needs letters or digits"),
    (["list", "--stage", "done"], 64, "The value 'done' is invalid for '--stage <stage>'"),
    (["report", "--by", "stage", "--cohort", "2030"], 1, "no cohort '2030'"),
  ])
  func refusals_leaveTheStore(arguments: [String], status: Int32, message: String) throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let before = try test.snapshot()
    let outcome = CLI.runInProcess(arguments, data: test.path)
    #expect(outcome.status == status)
    #expect(outcome.errorLines.count == 1)
    #expect(outcome.errorLines.first?.contains(message) == true, "\(outcome.standardError)")
    #expect(try test.snapshot() == before)
  }
}
