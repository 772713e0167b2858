import TestSupport
import Testing

@testable import ProgrammeCore

/// Regions numbered by their codes' digits, and the counts built on them: the same answers as
/// the plain definitions (hashing codes, filtering milestones), whatever the order of the
/// records and whatever a registry built in memory holds.
@Suite struct RegionIndexTests {
  static let fixture = TestStore.loaded(TestStore.fixture)
  static let shipped = TestStore.loaded(TestStore.shippedData)

  /// The fixture turned inside out: regions out of code order, MoUs of the cohorts interleaved,
  /// a region that signed in two cohorts and years, and a region whose code is no Kemendagri
  /// code (a registry in memory need not be checked).
  static var scrambled: Registry {
    var registry = fixture
    registry.regencies.reverse()
    var odd = registry.mous[0]
    odd.regency = "Kota Lama"
    odd.cohort = registry.mous[1].cohort
    var again = registry.mous[1]
    again.cohort = registry.mous.last!.cohort
    again.signedOn = ReportedDate(year: again.signedOn.year + 1)!
    registry.mous += [odd, again]
    registry.mous = registry.mous.enumerated().sorted { ($0.offset % 3, $0.offset) < ($1.offset % 3, $1.offset) }.map(\.element)
    var stray = registry.milestones[0]
    stray.regency = "Kota Lama"
    stray.cohort = odd.cohort
    registry.milestones.append(stray)
    return registry
  }

  static let registries: [(String, Registry)] = [("fixture", fixture), ("shipped", shipped), ("scrambled", scrambled)]

  @Test func index_numbersCodesInOrderAndAnyOtherText() {
    let regions = ["53.19", "11.01", "53.19", "Kota Lama"].map { Regency(code: $0, name: $0, kind: .kota, province: "53") }
    var index = RegionIndex(codesOf: regions)
    #expect(index.count == 3)
    #expect(index.position(of: "53.19") == 0)
    #expect(index.position(of: "11.01") == 1)
    #expect(index.position(of: "Kota Lama") == 2)
    #expect(index.position(of: "11.02") == nil)
    #expect(index.position(of: "5319") == nil)
    #expect(index.number(of: "11.02") == 3)
    #expect(index.number(of: "11.02") == 3)
    #expect(index.number(of: "") == 4)
    #expect(index.count == 5)
  }

  @Test func regionSet_countsDistinctRegions() {
    var set = RegionSet()
    for region in [5, 0, 5, 700, 0, 3] { set.insert(region) }
    #expect(set.count == 4)
  }

  /// The pipeline's order, written out for speed, is the order of the declarations.
  @Test func places_followTheDeclaredOrder() {
    for (index, kind) in MilestoneKind.allCases.enumerated() { #expect(kind.order == index) }
    for (index, stage) in Stage.allCases.enumerated() { #expect(stage.place == index) }
    #expect(Stage.allCases == Stage.allCases.sorted())
  }

  @Test(arguments: registries.map(\.0))
  func membershipStages_areStageOfTheMembershipsMilestones(name: String) throws {
    let registry = try #require(Self.registries.first { $0.0 == name }?.1)
    let stages = MembershipStages(registry.milestones)
    for mou in registry.mous {
      let milestones = registry.milestones.filter { $0.regency == mou.regency && $0.cohort == mou.cohort }
      #expect(stages.stage(of: mou.regency, in: mou.cohort) == Stage.of(signed: true, milestones: milestones))
      #expect(stages.stage(of: mou.regency, in: mou.cohort, signed: false) == .selected)
    }
    #expect(stages.stage(of: "99.99", in: "2017") == .signed)
    #expect(registry.mous.contains { stages.stage(of: $0.regency, in: $0.cohort) > .signed }, "some membership went further")
  }

  /// Each region's cohorts: those of its MoUs, sorted, for the regions asked about in their
  /// order (reversed, repeated, and one no MoU and no region of the registry names).
  @Test(arguments: registries.map(\.0))
  func cohortsSigned_areThoseOfTheRegionsMoUs(name: String) throws {
    let registry = try #require(Self.registries.first { $0.0 == name }?.1)
    let outsider = Regency(code: "99.99", name: "Nowhere", kind: .kota, province: "99")
    let asked: [Regency] = Array(registry.regencies.reversed()) + Array(registry.regencies.prefix(3)) + [outsider]
    let cohorts = registry.cohortsSigned(by: asked)
    #expect(cohorts == asked.map { region in registry.mous.filter { $0.regency == region.code }.map(\.cohort).sorted() })
    if name != "fixture" { #expect(cohorts.contains { $0.count > 1 }, "a region that signed in two cohorts") }
  }

  /// The listing: sorted by code and cohort whether the regions lie in code order or not, each
  /// row with its region, province name and stage by their plain definitions.
  @Test(arguments: registries.map(\.0))
  func participants_matchThePlainDefinitions(name: String) throws {
    let registry = try #require(Self.registries.first { $0.0 == name }?.1)
    var inOrder = registry
    inOrder.regencies.sort { $0.code < $1.code }
    let rows = registry.participants()
    #expect(rows == inOrder.participants())
    #expect(
      rows.map { [$0.regency.code, $0.cohort] }
        == rows.map { [$0.regency.code, $0.cohort] }.sorted { $0.lexicographicallyPrecedes($1) })
    let signed = rows.filter { $0.status == .signed }
    #expect(signed.count == registry.mous.filter { mou in registry.regencies.contains { $0.code == mou.regency } }.count)
    for row in signed {
      let milestones = registry.milestones.filter { $0.regency == row.regency.code && $0.cohort == row.cohort }
      #expect(row.stage == Stage.of(signed: true, milestones: milestones))
      #expect(row.provinceName == registry.provinces.first { $0.code == row.regency.province }?.name ?? row.regency.province)
    }
    let stage = try #require(signed.map(\.stage).max())
    #expect(registry.participants(matching: ParticipantFilter(stage: stage)) == rows.filter { $0.stage == stage })
  }

  /// The report counts distinct regions however the MoUs lie, including a region no code names.
  @Test(arguments: registries.map(\.0))
  func report_countsAsThePlainDefinitions(name: String) throws {
    let registry = try #require(Self.registries.first { $0.0 == name }?.1)
    let report = ProgrammeReport(registry: registry)
    var reversed = registry
    reversed.mous.reverse()
    #expect(ProgrammeReport(registry: reversed) == report)
    #expect(report.regionsInProgramme == Set(registry.mous.map(\.regency)).count)
    for line in report.cohorts where line.phaseYear == nil {
      #expect(line.registered == Set(registry.mous.filter { $0.cohort == line.id }.map(\.regency)).count, "\(line.id)")
    }
    for line in report.cohorts {
      guard let year = line.phaseYear else { continue }
      let regions = Set(registry.mous.filter { $0.cohort == line.id && $0.signedOn.year == year }.map(\.regency))
      #expect(line.registered == regions.count, "\(line.id) \(year)")
    }
    var first: [String: Int] = [:]
    for mou in registry.mous { first[mou.regency] = min(first[mou.regency] ?? .max, mou.signedOn.year) }
    for year in report.years {
      #expect(year.newRegions == first.values.filter { $0 == year.year }.count, "\(year.year)")
      #expect(year.mous == registry.mous.filter { $0.signedOn.year == year.year }.count)
    }
    let pipeline = PipelineReport(registry: registry)
    #expect(PipelineReport(registry: reversed) == pipeline)
    for line in pipeline.lines {
      let members = registry.mous.filter { $0.cohort == line.cohort }
      #expect(line.known == members.count)
      // Reported: a milestone of the step. Implied: none, but a later Bimtek session is reported.
      func kinds(_ mou: MoU) -> [MilestoneKind] {
        registry.milestones.filter { $0.regency == mou.regency && $0.cohort == mou.cohort }.map(\.kind)
      }
      let sessions: [MilestoneKind] = [.bimtek1, .bimtek2, .bimtek3, .bimtek4]
      let reported = members.filter { mou in
        guard case .reached(let kind) = line.stage else { return true }
        return kinds(mou).contains(kind)
      }
      let implied = members.filter { mou in
        guard case .reached(let kind) = line.stage, let place = sessions.firstIndex(of: kind) else { return false }
        return !kinds(mou).contains(kind) && kinds(mou).contains { sessions.dropFirst(place + 1).contains($0) }
      }
      #expect(line.reported == reported.count, "\(line.cohort) \(line.stage)")
      #expect(line.implied == implied.count, "\(line.cohort) \(line.stage)")
    }
  }
}
