import TestSupport
import Testing

@testable import ProgrammeCore

@Suite struct PipelineTests {
  static let shipped = ReportTests.shipped

  @Test func shippedMilestones_areTheSourcedTen() {
    #expect(Self.shipped.milestones.count == 10)
    #expect(Self.shipped.milestones.allSatisfy { !$0.sources.isEmpty })
    #expect(Self.shipped.quickWins.isEmpty)
    let first = Self.shipped.milestones.first { $0.regency == "53.19" }
    #expect(first?.kind == .bimtek1)
    #expect(first?.date.description == "2021-06-21")
    #expect(first?.until?.description == "2021-06-22")
  }

  @Test(arguments: [
    ("53.19", "2021", Stage.reached(.bimtek1)), ("12.12", "2021", .reached(.bimtek4)), ("53.15", "2021", .reached(.bimtek4)),
    ("33.23", "2021", .reached(.masterplanPresented)), ("51.01", "2022", .reached(.awarded)),
    ("51.02", "2022", .reached(.evaluated)),
    ("53.09", "2021", .signed), ("91.03", "2023", .reached(.bimtek1)), ("99.99", "2021", .selected),
  ])
  func stage_isTheFurthestMilestone(regency: String, cohort: String, stage: Stage) {
    #expect(Self.shipped.stage(of: regency, in: cohort) == stage)
  }

  /// Reported and implied apart: 53.15's Bimtek IV implies its first sessions; 33.23's presented
  /// masterplan implies no session.
  @Test func funnel_tellsReportedStepsFromImpliedOnes() throws {
    let report = PipelineReport(registry: Self.shipped, cohort: "2021")
    let counts = Dictionary(uniqueKeysWithValues: report.lines.map { ($0.stage, [$0.reported, $0.implied]) })
    #expect(counts[.signed] == [7, 0])
    #expect(counts[.reached(.bimtek1)] == [3, 1])
    #expect(counts[.reached(.bimtek2)] == [0, 2])
    #expect(counts[.reached(.bimtek4)] == [2, 0])
    #expect(counts[.reached(.masterplanPresented)] == [1, 0])
    #expect(counts[.reached(.awarded)] == [0, 0])
    #expect(report.lines.allSatisfy { $0.reached == $0.reported + $0.implied })
    #expect(report.lines.allSatisfy { $0.announced == 48 })
    #expect(PipelineReport(registry: Self.shipped).lines.count == 5 * PipelineReport.stages.count)
  }

  @Test func milestone_warningsAndRefusals() throws {
    var registry = Self.shipped
    let (second, warnings) = try registry.record(
      MilestoneRequest(
        regency: "Manggarai Timur", kind: .bimtek3, date: ReportedDate(CalendarDate(year: 2021, month: 8, day: 1)!)))
    #expect(second.cohort == "2021")
    #expect(warnings.map { $0.text(in: .english) } == ["Bimtek Tahap II is not recorded for this membership"])
    let (_, early) = try registry.record(
      MilestoneRequest(regency: "Ngada", kind: .bimtek1, date: ReportedDate(CalendarDate(year: 2021, month: 1, day: 5)!)))
    #expect(early.map { $0.text(in: .english) } == ["the milestone (2021-01-05) is before the MoU of 2021-05-20"])
    #expect(
      early.map { $0.text(in: .indonesian) } == ["tahapan ini (5 Januari 2021) mendahului nota kesepakatan tanggal 20 Mei 2021"])
    #expect(throws: ProgrammeError.duplicateMilestone(id: "milestone-2021-53.19-bimtek-1-2021-06-21")) {
      try registry.record(
        MilestoneRequest(regency: "53.19", kind: .bimtek1, date: ReportedDate(CalendarDate(year: 2021, month: 6, day: 21)!)))
    }
    #expect(throws: ProgrammeError.noMembership(regency: "Kota Administrasi Jakarta Pusat", cohort: nil)) {
      try registry.record(
        MilestoneRequest(
          regency: "Jakarta Pusat", kind: .bimtek1, date: ReportedDate(CalendarDate(year: 2021, month: 6, day: 21)!)))
    }
  }

  @Test func quickWins_countPerPillarAndStatus() throws {
    var registry = Self.shipped
    try registry.record(QuickWinRequest(regency: "Tabanan", pillar: .governance, title: "Tabanan Command Centre", status: .done))
    try registry.record(QuickWinRequest(regency: "Tabanan", pillar: .economy, title: "Pasar digital"))
    #expect(throws: ProgrammeError.duplicateQuickWin(id: "quickwin-2022-51.02-tabanan-command-centre")) {
      try registry.record(QuickWinRequest(regency: "51.02", pillar: .living, title: "TABANAN command centre"))
    }
    let report = PillarReport(registry: registry)
    #expect(report.lines.first { $0.pillar == .governance }?.counts[.done] == 1)
    #expect(report.lines.first { $0.pillar == .economy }?.counts[.planned] == 1)
    #expect(report.lines.map(\.total).reduce(0, +) == 2)
    #expect(registry.participants(matching: ParticipantFilter(pillar: .economy)).map(\.regency.code) == ["51.02"])
  }
}
