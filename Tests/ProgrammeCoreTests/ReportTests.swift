import TestSupport
import Testing

@testable import ProgrammeCore

@Suite struct ReportTests {
  static let shipped = TestStore.loaded(TestStore.fixture)

  /// The registry as the two seed articles alone describe it.
  static var seedsOnly: Registry {
    var registry = shipped
    registry.mous = registry.mous.filter { ["mou-2021-53.19", "mou-2022-51.02"].contains($0.id) }
    registry.milestones = registry.milestones.filter { ["53.19", "51.02"].contains($0.regency) }
    return registry
  }

  @Test func seedsOnly_showOneMoUIn2021And2022() throws {
    let report = ProgrammeReport(registry: Self.seedsOnly)
    let years = Dictionary(uniqueKeysWithValues: report.years.map { ($0.year, $0) })
    #expect(years[2021]?.mous == 1)
    #expect(years[2022]?.mous == 1)
    #expect(years[2022]?.cumulativeRegions == 2)
    let cohorts = report.cohorts.filter { $0.phaseYear == nil }
    #expect(cohorts.first { $0.id == "2021" }.map { ($0.announced, $0.registered) } ?? (0, 0) == (48, 1))
    #expect(cohorts.first { $0.id == "2022" }.map { ($0.announced, $0.registered) } ?? (0, 0) == (50, 1))
    #expect(cohorts.first { $0.id == "2021" }?.coverage.text(in: .english) == "1 of 48 known")
  }

  @Test func shipped_yearsCountSigningsAndDistinctRegions() {
    let report = ProgrammeReport(registry: Self.shipped)
    let years = Dictionary(uniqueKeysWithValues: report.years.map { ($0.year, $0) })
    #expect(years[2017]?.mous == 25)
    #expect(years[2017]?.announcedMoUs == 25)
    #expect(years[2018]?.announcedMoUs == 50)
    #expect(years[2019]?.cumulativeRegions == 51)
    #expect(years[2021]?.announcedCumulativeRegions == 141)
    #expect(report.regionsInProgramme == Set(Self.shipped.mous.map(\.regency)).count)
    #expect(report.totalRegions == 514)
    #expect(report.years.last?.cumulativeRegions == report.regionsInProgramme)
  }

  @Test func shipped_completeAndIncompleteCohortsAreVisible() {
    let report = ProgrammeReport(registry: Self.shipped)
    let phase2017 = report.cohorts.first { $0.id == "2017" && $0.phaseYear == 2017 }
    #expect(phase2017?.isComplete == true)
    #expect(phase2017?.coverage.text(in: .english) == "25 of 25")
    let phase2018 = report.cohorts.first { $0.id == "2017" && $0.phaseYear == 2018 }
    #expect(phase2018?.coverage.text(in: .english) == "1 of 50 known")
    #expect(report.cohorts.first { $0.id == "2021" && $0.phaseYear == nil }?.coverage.text(in: .english) == "7 of 48 known")
    #expect(phase2018?.coverage.text(in: .indonesian) == "1 dari 50 diketahui")
  }

  @Test func reconciliation_explainsTheRepeats() throws {
    let report = ProgrammeReport(registry: Self.shipped)
    let line2021 = try #require(report.reconciliation.first { $0.year == 2021 })
    #expect(line2021.announcedRegions == 141)
    #expect(line2021.announcedMoUs == 148)
    #expect(line2021.announcedRepeats == 7)
    #expect(line2021.explanation.text(in: .english).contains("148 announced signings less 7 repeats = 141"))
    #expect(line2021.missingRegions == 141 - line2021.registeredRegions)
    let line2022 = try #require(report.reconciliation.first { $0.year == 2022 })
    #expect(line2022.announcedRegions == 191)
    #expect(line2022.announcedMoUs == 198)
  }

  /// The members not yet known are told per cohort and phase, adding up to the count; a
  /// membership whose cohort is inferred is named, with how, under the first total it counts
  /// in, and only there.
  @Test func reconciliation_tellsUnknownMembersByCohortAndInferredCohorts() throws {
    var registry = Self.shipped
    let index = try #require(registry.mous.firstIndex { $0.cohort == "2021" })
    registry.mous[index].inferred = "Cohort inferred from the Bimtek calendar."
    let name = try #require(registry.regency(code: registry.mous[index].regency)).officialName
    let report = ProgrammeReport(registry: registry)
    for line in report.reconciliation {
      #expect(line.unknownByCohort.map(\.count).reduce(0, +) == line.unknownMembers, "\(line.year)")
      #expect(line.unknownByCohort.allSatisfy { $0.count > 0 })
      let named = line.inferredMemberships.map(\.mou)
      #expect(named == (line.year == 2021 ? [registry.mous[index].id] : []), "\(line.year)")
    }
    let line2021 = try #require(report.reconciliation.first { $0.year == 2021 })
    let cohort2021 = try #require(report.cohorts.first { $0.id == "2021" && $0.phaseYear == nil })
    #expect(line2021.unknownByCohort.contains { $0.cohort == "2021" && $0.phaseYear == nil && $0.count == cohort2021.unknown })
    let text = line2021.explanation.text(in: .english)
    #expect(text.contains("\(cohort2021.unknown) of 2021"))
    #expect(text.contains("cohort or phase inferred, not reported, for members signed since the previous total (1): \(name)"))
    #expect(line2021.inferences?.text(in: .english) == "\(name): Cohort inferred from the Bimtek calendar.")
    // A phase's unknown members are named with the phase.
    let phase2018 = try #require(report.reconciliation.first { $0.year == 2019 })
    #expect(phase2018.explanation.text(in: .english).contains("of 2017 phase 2018"))
  }

  @Test func repeatedRegion_countsOnceAsRegionTwiceAsMoU() throws {
    var registry = Self.seedsOnly
    try registry.register(MoURequest(regency: "53.19", signedOn: ReportedDate(CalendarDate(year: 2022, month: 4, day: 21)!)))
    let report = ProgrammeReport(registry: registry)
    #expect(report.mous == 3)
    #expect(report.regionsInProgramme == 2)
    #expect(report.years.first { $0.year == 2022 }?.newRegions == 1)
  }

  @Test func provinces_countRegionsOutOfTheirTotal() throws {
    let report = ProvinceReport(registry: Self.shipped)
    #expect(report.lines.count == 38)
    #expect(report.lines.map(\.totalRegions).reduce(0, +) == 514)
    let bali = try #require(report.lines.first { $0.code == "51" })
    #expect(bali.totalRegions == 9)
    #expect(bali.regionsInProgramme == 5)
  }
}

@Suite struct RegistrationTests {
  static let shipped = ReportTests.shipped

  @Test func cohort_isInferredFromTheYear() throws {
    var registry = Self.shipped
    let mou = try registry.register(
      MoURequest(regency: "Kota Bekasi", signedOn: ReportedDate(CalendarDate(year: 2023, month: 2, day: 28)!)))
    #expect(mou.cohort == "2023")
    #expect(mou.ceremony == "ceremony-2023-02-28")
    let phase = try registry.register(
      MoURequest(regency: "Kabupaten Bekasi", signedOn: ReportedDate(CalendarDate(year: 2018, month: 5, day: 8)!)))
    #expect(phase.cohort == "2017")
  }

  @Test(arguments: [
    (
      MoURequest(regency: "Tabanan", signedOn: ReportedDate(CalendarDate(year: 2022, month: 1, day: 1)!)),
      "already has an MoU in that cohort: mou-2022-51.02"
    ),
    (
      MoURequest(regency: "Kota Bekasi", signedOn: ReportedDate(CalendarDate(year: 2020, month: 1, day: 1)!)),
      "no cohort signs in 2020"
    ),
    (
      MoURequest(regency: "Kota Bekasi", signedOn: ReportedDate(CalendarDate(year: 2021, month: 1, day: 1)!), cohort: "2022"),
      "is not in cohort 2022"
    ),
    (
      MoURequest(regency: "Kota Bekasi", signedOn: ReportedDate(CalendarDate(year: 2021, month: 1, day: 1)!), cohort: "2030"),
      "no cohort '2030'; known cohorts: 2017, 2021, 2022, 2023, 2024"
    ),
    (MoURequest(regency: "Bekasi", signedOn: ReportedDate(CalendarDate(year: 2021, month: 1, day: 1)!)), "is ambiguous"),
    (
      MoURequest(regency: "Kota Bekasi", signedOn: ReportedDate(CalendarDate(year: 2021, month: 1, day: 1)!), letter: "1/2/3"),
      "no selection letter '1/2/3'"
    ),
  ])
  func refusals_sayWhy(request: MoURequest, message: String) {
    var registry = Self.shipped
    do {
      try registry.register(request)
      Issue.record("registered \(request)")
    } catch {
      #expect(error.category == .refused)
      #expect(error.message.contains(message), "\(error.message)")
    }
    #expect(registry == Self.shipped)
  }
}

/// The audit of sources: each address once, however many records cite it and in what order.
@Suite struct SourceAuditTests {
  /// `sources --by problems` and `validate` say the same of a store's sourcing, for every
  /// collection: the reference lists' records too.
  @Test func problems_areTheSameInTheAuditAndInValidation() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    var ids: (mou: String, letter: String, province: String, pillar: String) = ("", "", "", "")
    try test.store.update { (registry: inout Registry) throws(ProgrammeError) in
      registry.mous[0].sources.append(Source(url: "https://example.org/a page"))
      registry.letters[0].sources.append(Source(url: "www.example.org/letter"))
      registry.provinces[0].sources = []
      registry.pillars[0].sources = [Source(url: "https://example.org/pillars .pdf")]
      ids = (registry.mous[0].id, registry.letters[0].id, registry.provinces[0].code, registry.pillars[0].id.rawValue)
    }
    let audit = SourceAudit(registry: try test.store.load())
    func found(_ collection: Collection, _ id: String, _ kind: SourceAudit.Problem.Kind) -> Bool {
      audit.problems.contains { $0.collection == collection && $0.record == id && $0.kind == kind }
    }
    #expect(found(.mous, ids.mou, .unopenableAddress))
    #expect(found(.letters, ids.letter, .unopenableAddress))
    #expect(found(.provinces, ids.province, .unsourced))
    #expect(found(.pillars, ids.pillar, .unopenableAddress))
    // Validation names the same records, file by file and kind by kind.
    let warnings = try test.store.validate().warnings.filter {
      ["unsourced", "unopenable-address"].contains($0.check)
    }
    var groups: [String: [String]] = [:]
    for problem in audit.problems
    where !(groups[problem.kind.rawValue + " " + problem.collection.fileName] ?? []).contains(problem.record) {
      groups[problem.kind.rawValue + " " + problem.collection.fileName, default: []].append(problem.record)
    }
    for (group, records) in groups {
      let parts = group.split(separator: " ").map(String.init)
      let finding = warnings.first { $0.check == parts[0] && $0.message.hasPrefix(parts[1] + ": \(records.count) record") }
      // The first five by name, as a warning lists them.
      #expect(records.prefix(5).allSatisfy { finding?.message.contains($0) == true }, "\(group): \(records)")
    }
    #expect(warnings.count == groups.count)
  }

  @Test func citedAddresses_areCountedAndJudgedPerSource() throws {
    var registry = ReportTests.shipped
    let ids = registry.mous.prefix(3).map(\.id)
    // A citation without an address that reads like one, met before the address itself.
    registry.mous[0].sources = [Source(title: "ftp://example.org/a")]
    registry.mous[1].sources = [
      Source(url: "ftp://example.org/a"), Source(url: "https://ok.example/x"), Source(url: "https://OK.example/x/"),
      Source(url: "https://ok.example/x"),
    ]
    registry.mous[2].sources = [Source(url: "https://ok.example/x")]
    let audit = SourceAudit(registry: registry)
    let unopenable = audit.problems.filter { $0.kind == .unopenableAddress && ids.contains($0.record) }
    #expect(unopenable.map(\.record) == [ids[1]])
    #expect(unopenable.map(\.address) == ["ftp://example.org/a"])
    let cited = Dictionary(uniqueKeysWithValues: audit.citedSources.map { ($0.source, $0) })
    #expect(cited["https://ok.example/x"]?.records == [ids[1], ids[2]])
    #expect(cited["https://ok.example/x"]?.host == "ok.example")
    #expect(cited["ftp://example.org/a"]?.records == [ids[0], ids[1]])
    #expect(cited["https://OK.example/x/"] == nil, "cited once")
    let second = try #require(audit.memberships.first { $0.id == ids[1] })
    #expect((second.sources, second.independentSources, second.unopenable) == (4, 2, 1))
  }

  /// The registries of `RegionIndexTests` (MoUs out of id order in one), and one whose sources
  /// recur within and across records, an address cited before and after a citation that reads
  /// like it, a record citing one address twice, and a citation written in two ways that
  /// compare equal.
  static var registries: [(String, Registry)] {
    var recurring = RegionIndexTests.fixture
    let shared = Source(publisher: "Kominfo", url: "https://www.kominfo.go.id/a")
    for index in recurring.mous.indices {
      switch index % 4 {
      case 0: recurring.mous[index].sources = [shared, Source(title: "ftp://example.org/a"), shared]
      case 1:
        recurring.mous[index].sources = [
          Source(url: "ftp://example.org/a"), Source(url: "https://example.org/c"), Source(url: "HTTPS://KOMINFO.go.id/b"),
        ]
      case 2: recurring.mous[index].sources = []
      default:
        // The same title with its accent composed and decomposed: one citation, as texts compare.
        let title = index % 8 == 3 ? "Rapat koordinasi di caf\u{E9}" : "Rapat koordinasi di cafe\u{301}"
        recurring.mous[index].sources += [Source(publisher: "KOMINFO", url: "not an address"), Source(title: title)]
      }
    }
    recurring.milestones = recurring.milestones.map { milestone in
      var milestone = milestone
      milestone.sources = [shared]
      return milestone
    }
    return RegionIndexTests.registries + [("recurring", recurring)]
  }

  /// The audit, written out for speed, says what its plain definition says: for the whole
  /// registry and for each cohort.
  @Test(arguments: registries.map(\.0))
  func audit_isThePlainDefinition(registryName: String) throws {
    let registry = try #require(Self.registries.first { $0.0 == registryName }?.1)
    for cohort in [nil] + registry.cohorts.map(\.id) {
      let audit = SourceAudit(registry: registry, cohort: cohort)
      #expect(audit.memberships == Self.plainMemberships(registry, cohort: cohort), "\(cohort ?? "all")")
      let (cited, problems) = Self.plainCitations(registry, cohort: cohort)
      #expect(audit.citedSources == cited, "\(cohort ?? "all")")
      #expect(audit.problems == problems, "\(cohort ?? "all")")
    }
  }

  static func plainMemberships(_ registry: Registry, cohort: String?) -> [SourceAudit.Membership] {
    let names = Dictionary(registry.regencies.map { ($0.code, $0.officialName) }, uniquingKeysWith: { first, _ in first })
    func rank(_ confidence: Confidence?) -> Int { confidence == nil ? 0 : confidence == .medium ? 1 : 2 }
    return registry.mous.filter { cohort == nil || $0.cohort == cohort }.map { mou in
      SourceAudit.Membership(
        id: mou.id, regency: mou.regency, name: names[mou.regency] ?? mou.regency, cohort: mou.cohort,
        confidence: mou.confidence, sources: mou.sources.count, independentSources: Set(mou.sources.map(\.origin)).count,
        unopenable: mou.sources.filter { $0.url != nil && !$0.isOpenable }.count)
    }.sorted {
      (rank($0.confidence), $0.independentSources, $0.sources, $0.id)
        < (rank($1.confidence), $1.independentSources, $1.sources, $1.id)
    }
  }

  static func plainCitations(
    _ registry: Registry, cohort: String?
  ) -> (cited: [SourceAudit.CitedSource], problems: [SourceAudit.Problem]) {
    var records: [(Collection, String, [Source])] = []
    func add<T: StoreRecord>(_ all: [T], _ cohortOf: (T) -> String?, _ sources: (T) -> [Source]) {
      records += all.filter { cohort == nil || cohortOf($0) == cohort }.map { (T.collection, $0.storeID, sources($0)) }
    }
    add(registry.mous, \.cohort, \.sources)
    add(registry.letters, \.cohort, \.sources)
    add(registry.ceremonies, \.cohort, \.sources)
    add(registry.milestones, \.cohort, \.sources)
    add(registry.quickWins, \.cohort, \.sources)
    add(registry.claims, \.cohort, \.sources)
    add(registry.cohorts, \.id, \.sources)
    if cohort == nil { add(registry.announcedTotals, { _ in nil }, \.sources) }
    var problems: [SourceAudit.Problem] = []
    var keys: [String] = []
    var firstHost: [String: String?] = [:]
    var citing: [String: Set<String>] = [:]
    for (collection, id, sources) in records {
      if sources.isEmpty { problems.append(SourceAudit.Problem(collection: collection, record: id, kind: .unsourced)) }
      for source in sources {
        let key = source.url ?? source.citation
        if firstHost[key] == nil {
          keys.append(key)
          firstHost[key] = .some(source.host)
        }
        citing[key, default: []].insert(id)
        if let url = source.url, !source.isOpenable {
          problems.append(SourceAudit.Problem(collection: collection, record: id, kind: .unopenableAddress, address: url))
        }
      }
    }
    if cohort == nil {
      for (collection, id, sources) in registry.provinces.map({ (Collection.provinces, $0.code, $0.sources) })
        + registry.regencies.map({ (Collection.regencies, $0.code, $0.sources) })
        + registry.pillars.map({ (Collection.pillars, $0.id.rawValue, $0.sources) })
      {
        if sources.isEmpty { problems.append(SourceAudit.Problem(collection: collection, record: id, kind: .unsourced)) }
        for source in sources {
          if let url = source.url, !source.isOpenable {
            problems.append(SourceAudit.Problem(collection: collection, record: id, kind: .unopenableAddress, address: url))
          }
        }
      }
    }
    let cited = keys.filter { citing[$0]!.count > 1 }.map { key in
      SourceAudit.CitedSource(source: key, host: firstHost[key]!, records: citing[key]!.sorted())
    }.sorted { ($1.records.count, $0.source) < ($0.records.count, $1.source) }
    return (cited, problems)
  }
}
