/// The programme's figures per year and per cohort, registered against announced.
///
/// "Regions in the programme" counts distinct regions; "MoUs" counts signings. One region can
/// sign in several cohorts (7 of 2021's 48 had joined before), so the two differ.
public struct ProgrammeReport: Equatable, Sendable {
  /// One calendar year of signings.
  public struct Year: Equatable, Sendable {
    public var year: Int
    /// MoUs the cohorts signing that year announced (their or their phase's sizes).
    public var announcedMoUs: Int?
    /// MoUs registered with a signing date in the year.
    public var mous: Int
    /// Regions whose first registered MoU in the whole programme is in the year: new to the
    /// programme, whatever cohort the report covers.
    public var newRegions: Int
    /// Regions signing in the year that had joined the programme in an earlier year (7 of
    /// 2021's had signed in 2017-2019).
    public var returningRegions: Int
    /// Distinct regions (of the cohort reported, or of the programme) with an MoU signed in or
    /// before the year.
    public var cumulativeRegions: Int
    /// The programme's announced cumulative total for the year, if one was announced.
    public var announcedCumulativeRegions: Int?
  }

  /// One cohort, or one phase of it.
  public struct CohortLine: Equatable, Sendable {
    public var id: String
    public var title: String
    public var track: String?
    /// The signing year of a phase; `nil` for a whole cohort.
    public var phaseYear: Int?
    public var announced: Int
    /// Regions with a registered MoU in the cohort (or phase).
    public var registered: Int
    /// Why the known members differ from the announced size (a phase's note).
    public var note: String?

    /// Whether the registry knows every member the programme announced.
    public var isComplete: Bool { registered >= announced }
    /// Announced members the registry does not know yet.
    public var unknown: Int { max(announced - registered, 0) }
    /// Members known beyond the announced size (a later addition): shown, never clamped.
    public var beyondAnnounced: Int { max(registered - announced, 0) }

    /// "7 of 48 known", "25 of 25", or "26 of 25 (1 more than announced)".
    public var coverage: Phrase { ProgrammeReport.coverage(registered: registered, announced: announced) }
  }

  /// How many of an announced number the registry knows: "7 of 48 known", "25 of 25", or
  /// "26 of 25 (1 more than announced)", never clamped.
  public static func coverage(registered: Int, announced: Int) -> Phrase {
    let values: [String: Phrase.Value] = ["registered": .number(registered), "announced": .number(announced)]
    if registered > announced {
      return Phrase(.coverageBeyond, values.merging(["extra": .number(registered - announced)]) { $1 })
    }
    return Phrase(registered == announced ? .coverageComplete : .coverageKnown, values)
  }

  /// An announced cumulative total set against what the registry can derive.
  public struct Reconciliation: Equatable, Sendable {
    public var year: Int
    public var announcedRegions: Int
    /// Repeats (regions signing again in a later cohort) that the announcement mentions.
    public var announcedRepeats: Int?
    /// The sum of the announced cohort sizes up to the year: signings, not regions.
    public var announcedMoUs: Int
    /// Distinct regions the registry holds with an MoU signed by the end of the year.
    public var registeredRegions: Int
    public var registeredMoUs: Int
    /// Registered regions with more than one MoU by then.
    public var registeredRepeats: Int
    /// The names of those regions.
    public var repeatedRegions: [String]
    /// Announced members of the cohorts and phases signed by then that the registry does not
    /// know yet, and members it knows beyond the announced sizes.
    public var unknownMembers: Int
    public var membersBeyondAnnounced: Int
    /// The announced members not yet known, per cohort or phase signed by then ("2021", "2017
    /// phase 2018"), where any are.
    public var unknownByCohort: [UnknownMembers]
    /// The registered memberships signed since the previous announced total (or ever, for the
    /// first) whose cohort or phase is inferred rather than reported, each with how.
    public var inferredMemberships: [InferredMembership]
    /// Who announced the figure, when, and in what words, where the record says.
    public var statedBy: String?
    public var statedOn: CalendarDate?
    public var statement: String?
    public var sources: [Source]
    /// How firm the announced figure is (an unofficial or derived total).
    public var note: String?

    /// Who stated the figure and when, then the statement in quotes: "Menteri …, 2022-04-21:
    /// “…”"; `nil` when the record says none of it.
    public var stated: Phrase.Value? {
      let who = [statedBy.map(Phrase.Value.text), statedOn.map(Phrase.Value.date)].compactMap { $0 }
      guard let statement else { return who.isEmpty ? nil : .list(who) }
      // Punctuation only, the same in both languages.
      let quoted = Phrase.Value.list([.text("“"), .text(statement), .text("”")], separator: "")
      return who.isEmpty ? quoted : .list([.list(who), quoted], separator: ": ")
    }

    /// Announced regions not (yet) in the registry.
    public var missingRegions: Int { max(announcedRegions - registeredRegions, 0) }

    /// Announced members of one cohort or phase that the registry does not know yet.
    public struct UnknownMembers: Equatable, Sendable {
      public var cohort: String
      public var phaseYear: Int?
      public var count: Int

      /// "3 of 2021", "1 of 2017 (phase 2018)".
      public var phrase: Phrase {
        Phrase(
          phaseYear == nil ? .unknownOfCohort : .unknownOfPhase,
          ["count": .number(count), "cohort": .text(cohort), "phase": .text(phaseYear.map(String.init) ?? "")])
      }
    }

    /// A membership whose cohort or phase the registry infers: the MoU, its region's name, and
    /// the inference as the record states it.
    public struct InferredMembership: Equatable, Sendable {
      public var mou: String
      public var regionName: String
      public var inference: String
    }

    /// A count with its sign, as a difference is written: "+4", "−1", "0".
    static func signed(_ value: Int) -> String {
      value > 0 ? "+\(value)" : value < 0 ? "\u{2212}\(-value)" : "0"
    }

    /// Why the numbers differ, in one sentence.
    public var explanation: Phrase.Value {
      // When the announcement does not say how many repeated, the gap between signings and
      // regions is the repeats it implies.
      let repeats = announcedRepeats ?? max(announcedMoUs - announcedRegions, 0)
      var parts = [Phrase(.announcedSignings, ["count": .number(announcedMoUs)])]
      if repeats > 0 {
        parts.append(
          Phrase(
            announcedRepeats == nil ? .lessImpliedRepeats : .lessRepeats,
            ["repeats": .number(repeats), "net": .number(announcedMoUs - repeats)]))
      }
      if announcedMoUs - repeats != announcedRegions {
        parts.append(Phrase(.announcedRegions, ["count": .number(announcedRegions)]))
      }
      parts.append(Phrase(.registryHolds, ["regions": .number(registeredRegions), "mous": .number(registeredMoUs)]))
      if registeredRepeats > 0 {
        // Name the repeats while they are few enough to read (the 7 of 2021).
        parts.append(
          repeatedRegions.count <= 10
            ? Phrase(.regionsSignedTwiceNamed, ["count": .number(registeredRepeats), "names": .texts(repeatedRegions)])
            : Phrase(.regionsSignedTwice, ["count": .number(registeredRepeats)]))
      }
      // The gap, accounted for: announced − registered = unknown − beyond + repeats not yet known.
      let gap = announcedRegions - registeredRegions
      if gap != 0 || unknownMembers > 0 || membersBeyondAnnounced > 0 {
        var terms: [Phrase.Value] = []
        if unknownMembers > 0 {
          terms.append(
            .phrase(
              Phrase(
                .membersNotYetKnown,
                ["count": .number(unknownMembers), "cohorts": .list(unknownByCohort.map { .phrase($0.phrase) })])))
        }
        if membersBeyondAnnounced > 0 {
          terms.append(.phrase(Phrase(.membersBeyondAnnounced, ["count": .number(membersBeyondAnnounced)])))
        }
        let unexplained = gap - (unknownMembers - membersBeyondAnnounced)
        if unexplained != 0 { terms.append(.phrase(Phrase(.repeatsNotYetKnown, ["count": .text(Self.signed(unexplained))]))) }
        parts.append(
          Phrase(
            .gapExplained,
            [
              "announced": .number(announcedRegions), "registered": .number(registeredRegions), "gap": .text(Self.signed(gap)),
              "terms": .list(terms, separator: ", "),
            ]))
      }
      if !inferredMemberships.isEmpty {
        parts.append(
          Phrase(
            .cohortInferredFor,
            ["count": .number(inferredMemberships.count), "names": .texts(inferredMemberships.map(\.regionName))]))
      }
      return .list(parts.map(Phrase.Value.phrase), separator: "")
    }

    /// Each inferred membership with how it is inferred, for people: "Kabupaten Pamekasan: Cohort
    /// inferred from …"; `nil` when there is none.
    public var inferences: Phrase.Value? {
      inferredMemberships.isEmpty
        ? nil
        : .list(inferredMemberships.map { .text("\($0.regionName): \($0.inference)") }, separator: " ")
    }
  }

  public var years: [Year]
  public var cohorts: [CohortLine]
  public var reconciliation: [Reconciliation]
  /// All regencies and cities of Indonesia in the reference list (514).
  public var totalRegions: Int
  /// Distinct regions with at least one registered MoU.
  public var regionsInProgramme: Int
  public var mous: Int
  /// The latest announced cumulative total, if any.
  public var latestAnnouncedTotal: AnnouncedTotal?
  /// Membership reports too weak to count (low confidence or disputed).
  public var unconfirmedClaims: Int

  /// The report's regions new to the programme when they signed.
  public var newRegions: Int { years.map(\.newRegions).reduce(0, +) }
  /// The report's regions signing again, having joined in an earlier year.
  public var returningRegions: Int { years.map(\.returningRegions).reduce(0, +) }

  /// The share of all regions that are in the programme, in percent.
  public var shareInProgramme: Double {
    totalRegions == 0 ? 0 : Double(regionsInProgramme) * 100 / Double(totalRegions)
  }

  /// The report of the whole programme, or of one cohort (`registry.restricted(toCohort:)`):
  /// whether a region is new is always judged against the whole programme, so a cohort's
  /// regions that had signed in an earlier cohort are counted as returning, not new.
  public init(registry whole: Registry, cohort: String? = nil, phase: Int? = nil) {
    let registry = cohort.map { whole.restricted(toCohort: $0, phase: phase) } ?? whole
    // The year each region first signed in the whole programme; only needed for a cohort
    // (for the programme, the pass below finds it).
    var programmeFirstYear: [String: Int] = [:]
    if cohort != nil {
      for mou in whole.mous { programmeFirstYear[mou.regency] = min(programmeFirstYear[mou.regency] ?? .max, mou.signedOn.year) }
    }
    let mous = registry.mous
    // One pass over the MoUs (a large store has a million): per region its first and second
    // signing years, per year the signings, per cohort and phase the regions. Regions are
    // numbered by their codes' digits (`RegionIndex`), not hashed.
    var regions = RegionIndex(codesOf: registry.regencies)
    var codes = registry.regencies.map(\.code)
    var firstYear = [Int](repeating: .max, count: regions.count)
    var secondYear = firstYear
    var mousPerYear: [Int: Int] = [:]
    var regionsPerCohort: [String: RegionSet] = [:]
    var regionsPerPhase: [String: [Int: RegionSet]] = [:]
    let phased = Set(registry.cohorts.filter { !$0.phases.isEmpty }.map(\.id))
    // The MoUs of a cohort lie together: its tallies are looked up once, not for each MoU.
    var current: (cohort: String, isPhased: Bool, regions: RegionSet, phases: [Int: RegionSet])?
    func keepCurrent() {
      guard let current else { return }
      regionsPerCohort[current.cohort] = current.regions
      if current.isPhased { regionsPerPhase[current.cohort] = current.phases }
    }
    for mou in mous {
      if current?.cohort != mou.cohort {
        keepCurrent()
        current = (
          mou.cohort, phased.contains(mou.cohort), regionsPerCohort[mou.cohort] ?? RegionSet(),
          regionsPerPhase[mou.cohort] ?? [:]
        )
      }
      let year = mou.signedOn.year
      mousPerYear[year, default: 0] += 1
      let region = regions.number(of: mou.regency)
      if region == codes.count {
        codes.append(mou.regency)
        firstYear.append(.max)
        secondYear.append(.max)
      }
      if year < firstYear[region] {
        secondYear[region] = firstYear[region]
        firstYear[region] = year
      } else if year < secondYear[region] {
        secondYear[region] = year
      }
      current?.regions.insert(region)
      if current?.isPhased == true { current?.phases[year, default: RegionSet()].insert(region) }
    }
    keepCurrent()
    func announcedMoUs(in year: Int) -> Int? {
      let sizes = registry.cohorts.compactMap { $0.announcedSize(in: year) }
      return sizes.isEmpty ? nil : sizes.reduce(0, +)
    }
    var newRegionsPerYear: [Int: Int] = [:]
    for year in firstYear where year != .max { newRegionsPerYear[year, default: 0] += 1 }
    var repeatsPerYear: [Int: Int] = [:]
    for year in secondYear where year != .max { repeatsPerYear[year, default: 0] += 1 }
    let totals = Dictionary(registry.announcedTotals.map { ($0.year, $0) }, uniquingKeysWith: { first, _ in first })
    let yearSet = Set(mousPerYear.keys).union(registry.cohorts.flatMap(\.years))
    // New and returning: for the programme, a region's first and second signing years; for a
    // cohort, its regions' first year in the cohort against their first in the programme.
    var newToProgramme = newRegionsPerYear
    var returning = repeatsPerYear
    if cohort != nil {
      (newToProgramme, returning) = ([:], [:])
      for region in firstYear.indices where firstYear[region] != .max {
        let year = firstYear[region]
        if (programmeFirstYear[codes[region]] ?? year) < year {
          returning[year, default: 0] += 1
        } else {
          newToProgramme[year, default: 0] += 1
        }
      }
    }
    var cumulative = 0
    years = yearSet.sorted().map { year in
      cumulative += newRegionsPerYear[year] ?? 0
      return Year(
        year: year, announcedMoUs: announcedMoUs(in: year), mous: mousPerYear[year] ?? 0,
        newRegions: newToProgramme[year] ?? 0, returningRegions: returning[year] ?? 0, cumulativeRegions: cumulative,
        announcedCumulativeRegions: totals[year]?.cumulativeRegions)
    }

    var lines: [CohortLine] = []
    for cohort in registry.cohorts.sorted(by: { $0.id < $1.id }) {
      // A report of one phase has that phase's line only: the whole cohort is not its subject.
      if phase == nil {
        lines.append(
          CohortLine(
            id: cohort.id, title: cohort.title, track: cohort.track, phaseYear: nil,
            announced: cohort.announcedSize, registered: regionsPerCohort[cohort.id]?.count ?? 0))
      }
      for phase in cohort.phases {
        lines.append(
          CohortLine(
            id: cohort.id, title: cohort.title, track: cohort.track, phaseYear: phase.year,
            announced: phase.announcedSize, registered: regionsPerPhase[cohort.id]?[phase.year]?.count ?? 0,
            note: phase.note))
      }
    }
    cohorts = lines

    // Each cohort or phase by the year it signed in: a phased cohort counts by its phases, the
    // others as a whole from their first year.
    let firstYears = Dictionary(registry.cohorts.map { ($0.id, $0.years.min() ?? 0) }, uniquingKeysWith: { first, _ in first })
    let counted = lines.filter { line in
      line.phaseYear != nil || !phased.contains(line.id)
    }.map { line in (year: line.phaseYear ?? firstYears[line.id] ?? 0, line: line) }
    // A region's official name by its number: the regencies' own come first.
    func name(_ region: Int) -> String {
      region < registry.regencies.count ? registry.regencies[region].officialName : codes[region]
    }
    // The memberships whose cohort or phase is inferred, by the year they count from.
    let inferred = mous.filter { $0.inferred != nil }.sorted { $0.id < $1.id }
    let regionNames = Dictionary(registry.regencies.map { ($0.code, $0.officialName) }, uniquingKeysWith: { first, _ in first })
    var previousTotal = Int.min
    reconciliation = registry.announcedTotals.sorted(by: { $0.year < $1.year }).map { total in
      defer { previousTotal = total.year }
      let since = previousTotal
      func upTo(_ counts: [Int: Int]) -> Int { counts.filter { $0.key <= total.year }.values.reduce(0, +) }
      let announced = registry.cohorts.flatMap { cohort in
        cohort.years.filter { $0 <= total.year }.compactMap { cohort.announcedSize(in: $0) }
      }
      let signed = counted.filter { $0.year <= total.year }.map(\.line)
      let repeated = secondYear.indices.filter { secondYear[$0] <= total.year }.sorted { codes[$0] < codes[$1] }.map(name)
      return Reconciliation(
        year: total.year, announcedRegions: total.cumulativeRegions, announcedRepeats: total.repeats,
        announcedMoUs: announced.reduce(0, +), registeredRegions: upTo(newRegionsPerYear),
        registeredMoUs: upTo(mousPerYear), registeredRepeats: upTo(repeatsPerYear), repeatedRegions: repeated,
        unknownMembers: signed.map(\.unknown).reduce(0, +),
        membersBeyondAnnounced: signed.map(\.beyondAnnounced).reduce(0, +),
        unknownByCohort: signed.filter { $0.unknown > 0 }.map {
          Reconciliation.UnknownMembers(cohort: $0.id, phaseYear: $0.phaseYear, count: $0.unknown)
        },
        inferredMemberships: inferred.filter { $0.signedOn.year > since && $0.signedOn.year <= total.year }.map {
          Reconciliation.InferredMembership(
            mou: $0.id, regionName: regionNames[$0.regency] ?? $0.regency, inference: $0.inferred ?? "")
        },
        statedBy: total.statedBy, statedOn: total.statedOn, statement: total.statement, sources: total.sources,
        note: total.note)
    }
    totalRegions = registry.regencies.count
    regionsInProgramme = firstYear.count { $0 != .max }
    self.mous = mous.count
    latestAnnouncedTotal = registry.announcedTotals.max { $0.year < $1.year }
    unconfirmedClaims = registry.claims.count
  }
}

extension Registry {
  /// The registry as one cohort sees it: its cohort record, its MoUs, letters, ceremonies,
  /// milestones, quick wins and claims; the reference lists whole; no programme-wide totals.
  /// With a `phase` (a cohort signed in phases), only that phase: its year's signings and
  /// their regions' records, the letters and ceremonies of that year, and the cohort as that
  /// phase was announced (its size, its year).
  public func restricted(toCohort cohort: String, phase: Int? = nil) -> Registry {
    var scoped = self
    scoped.cohorts = cohorts.filter { $0.id == cohort }
    scoped.mous = mous.filter { $0.cohort == cohort }
    scoped.letters = letters.filter { $0.cohort == cohort }
    scoped.ceremonies = ceremonies.filter { $0.cohort == cohort }
    scoped.milestones = milestones.filter { $0.cohort == cohort }
    scoped.quickWins = quickWins.filter { $0.cohort == cohort }
    scoped.claims = claims.filter { $0.cohort == cohort }
    scoped.announcedTotals = []
    guard let phase, let index = scoped.cohorts.indices.first,
      let announced = scoped.cohorts[index].phases.first(where: { $0.year == phase })
    else { return scoped }
    scoped.cohorts[index].phases = [announced]
    scoped.cohorts[index].years = [phase]
    scoped.cohorts[index].announcedSize = announced.announcedSize
    scoped.mous = scoped.mous.filter { $0.signedOn.year == phase }
    let regions = Set(scoped.mous.map(\.regency))
    scoped.milestones = scoped.milestones.filter { regions.contains($0.regency) }
    scoped.quickWins = scoped.quickWins.filter { regions.contains($0.regency) }
    scoped.claims = scoped.claims.filter { $0.year == phase }
    scoped.letters = scoped.letters.filter { $0.date.year == phase }
    scoped.ceremonies = scoped.ceremonies.filter { $0.date.year == phase }
    return scoped
  }
}

// MARK: - Messages

extension Message {
  public static let coverageComplete = Message(
    english: "{registered} of {announced}",
    indonesian: "{registered} dari {announced}")
  public static let coverageKnown = Message(
    english: "{registered} of {announced} known",
    indonesian: "{registered} dari {announced} diketahui")
  public static let coverageBeyond = Message(
    english: "{registered} of {announced} ({extra} more than announced)",
    indonesian: "{registered} dari {announced} ({extra} lebih banyak dari yang diumumkan)")
  public static let regionsSignedTwiceNamed = Message(
    english: " ({count} {count|region|regions} signed twice: {names})",
    indonesian: " ({count} daerah menandatangani dua kali: {names})")
  public static let membersNotYetKnown = Message(
    english: "+{count} announced {count|member|members} not yet known ({cohorts})",
    indonesian: "+{count} anggota yang diumumkan belum diketahui ({cohorts})")
  public static let unknownOfCohort = Message(
    english: "{count} of {cohort}",
    indonesian: "{count} dari {cohort}")
  public static let unknownOfPhase = Message(
    english: "{count} of {cohort} phase {phase}",
    indonesian: "{count} dari {cohort} tahap {phase}")
  public static let cohortInferredFor = Message(
    english: "; cohort or phase inferred, not reported, for members signed since the previous total ({count}): {names}",
    indonesian:
      "; angkatan atau tahap disimpulkan, bukan diberitakan, untuk anggota yang menandatangani sejak total sebelumnya ({count}): {names}"
  )
  public static let membersBeyondAnnounced = Message(
    english: "\u{2212}{count} known beyond the announced sizes",
    indonesian: "\u{2212}{count} diketahui melebihi jumlah yang diumumkan")
  public static let repeatsNotYetKnown = Message(
    english: "{count} from repeats the registry does not show",
    indonesian: "{count} dari pengulangan yang tidak tercatat di registri")
  public static let gapExplained = Message(
    english: "; {announced} announced \u{2212} {registered} registered = {gap}: {terms}",
    indonesian: "; {announced} diumumkan \u{2212} {registered} tercatat = {gap}: {terms}")
  public static let announcedSignings = Message(
    english: "{count} announced {count|signing|signings}",
    indonesian: "{count} penandatanganan diumumkan")
  public static let lessRepeats = Message(
    english: " less {repeats} {repeats|repeat|repeats} = {net}",
    indonesian: " dikurangi {repeats} ulangan = {net}")
  public static let lessImpliedRepeats = Message(
    english: " less {repeats} {repeats|repeat|repeats} (implied) = {net}",
    indonesian: " dikurangi {repeats} ulangan (tersirat) = {net}")
  public static let announcedRegions = Message(
    english: " (announced: {count})",
    indonesian: " (diumumkan: {count})")
  public static let registryHolds = Message(
    english: "; the registry holds {regions} {regions|region|regions} from {mous} {mous|MoU|MoUs}",
    indonesian: "; registri memuat {regions} daerah dari {mous} nota kesepakatan")
  public static let regionsSignedTwice = Message(
    english: " ({count} {count|region|regions} signed twice)",
    indonesian: " ({count} daerah menandatangani dua kali)")
}
