/// What the people who maintain the data should verify next: each membership's confidence and
/// independent sources (weakest first), the sources many records rest on, and the records with
/// no source or with an address a browser cannot open.
public struct SourceAudit: Equatable, Sendable {
  /// One membership (MoU) and the strength of its evidence.
  public struct Membership: Equatable, Sendable {
    public var id: String
    public var regency: String
    public var name: String
    public var cohort: String
    public var confidence: Confidence?
    public var sources: Int
    /// Distinct hosts (or publishers, for a source without an address).
    public var independentSources: Int
    /// Sources whose address a browser cannot open.
    public var unopenable: Int
  }

  /// A source (by address, else by citation) and the records that cite it.
  public struct CitedSource: Equatable, Sendable {
    public var source: String
    public var host: String?
    public var records: [String]
  }

  /// A record whose sourcing needs work.
  public struct Problem: Equatable, Sendable {
    public enum Kind: String, Sendable {
      /// The record cites no source at all.
      case unsourced
      /// A source's address has no scheme or host, or holds spaces.
      case unopenableAddress = "unopenable-address"
    }

    public var collection: Collection
    public var record: String
    public var kind: Kind
    /// The address that cannot be opened, for `unopenableAddress`.
    public var address: String?
  }

  /// Memberships, weakest first: no confidence, then medium, then high; fewer independent
  /// sources first; then by id.
  public var memberships: [Membership]
  /// Sources cited by more than one record, most cited first.
  public var citedSources: [CitedSource]
  public var problems: [Problem]

  /// The audit of a registry, or of one cohort's records.
  public init(registry: Registry, cohort: String? = nil) {
    let members = registry.mous.indices.filter { cohort == nil || registry.mous[$0].cohort == cohort }

    // Every record that cites sources, with its collection; within a cohort, only its records.
    // The memberships' MoUs come first, in their order: their sources' hosts, found below for
    // the addresses, are also what their independent sources are counted by.
    var cited: [(Collection, String, [Source])] = members.map { (.mous, registry.mous[$0].id, registry.mous[$0].sources) }
    func add<T: StoreRecord>(_ records: [T], cohortOf: (T) -> String?, sources: (T) -> [Source]) {
      for record in records where cohort == nil || cohortOf(record) == cohort {
        cited.append((T.collection, record.storeID, sources(record)))
      }
    }
    add(registry.letters, cohortOf: \.cohort, sources: \.sources)
    add(registry.ceremonies, cohortOf: \.cohort, sources: \.sources)
    add(registry.milestones, cohortOf: \.cohort, sources: \.sources)
    add(registry.quickWins, cohortOf: \.cohort, sources: \.sources)
    add(registry.claims, cohortOf: \.cohort, sources: \.sources)
    add(registry.cohorts, cohortOf: \.id, sources: \.sources)
    if cohort == nil { add(registry.announcedTotals, cohortOf: { _ in nil }, sources: \.sources) }

    // Each address (or citation) once, with what is known of it: its host and whether it
    // opens are worked out when it is first met, and most are cited by one record only, kept
    // without a list of them.
    struct Cited {
      var source: String
      var host: String?
      /// Whether the address opens, when the entry is an address (a citation without one may
      /// read like an address: its host and whether it opens are then worked out for each
      /// source that has it).
      var opens: Bool?
      var firstRecord: String
      var otherRecords: [String] = []
    }
    // Sized once: growing would place every address again at each doubling.
    let citations = cited.reduce(0) { $0 + $1.2.count }
    var citing = TextNumbering(capacity: citations)
    var entries: [Cited] = []
    entries.reserveCapacity(citations)
    var problems: [Problem] = []
    // For each membership: its independent sources and its sources no browser opens.
    var strengths: [(independent: Int, unopenable: Int)] = []
    strengths.reserveCapacity(members.count)
    var origins: [String] = []
    for (position, (collection, id, sources)) in cited.enumerated() {
      if sources.isEmpty { problems.append(Problem(collection: collection, record: id, kind: .unsourced)) }
      let isMembership = position < members.count
      origins.removeAll(keepingCapacity: true)
      var unopenable = 0
      // By index: a source is read in place, not copied out with all its texts.
      for index in sources.indices {
        let key = sources[index].url ?? sources[index].citation
        // One lookup, which numbers a new address as the next entry.
        let entry = citing.number(of: key)
        if entry < entries.count {
          entries[entry].otherRecords.append(id)
        } else {
          entries.append(
            Cited(
              source: key, host: sources[index].host, opens: sources[index].url.map { _ in sources[index].isOpenable },
              firstRecord: id))
        }
        // `Source.host` and `isOpenable` of this source, from its entry when that was an address.
        var host: String?
        if let url = sources[index].url {
          let known = entries[entry].opens != nil
          host = known ? entries[entry].host : sources[index].host
          if !(entries[entry].opens ?? sources[index].isOpenable) {
            problems.append(Problem(collection: collection, record: id, kind: .unopenableAddress, address: url))
            unopenable += 1
          }
        }
        if isMembership { origins.append(sources[index].origin(host: host)) }
      }
      if isMembership { strengths.append((Source.independentCount(origins: origins), unopenable)) }
    }

    // Memberships, weakest first. The MoUs are in the order of their ids (as a store holds
    // them; checked), so ties are settled by position without comparing ids.
    func rank(_ confidence: Confidence?) -> Int {
      switch confidence {
      case nil: 0
      case .medium: 1
      case .high: 2
      }
    }
    let keys = members.indices.map { position in
      let mou = registry.mous[members[position]]
      return (rank(mou.confidence), strengths[position].independent, mou.sources.count)
    }
    let idsIncrease = members.indices.dropFirst().allSatisfy {
      registry.mous[members[$0 - 1]].id < registry.mous[members[$0]].id
    }
    let order = members.indices.sorted { first, second in
      guard keys[first] == keys[second] else { return keys[first] < keys[second] }
      return idsIncrease ? first < second : registry.mous[members[first]].id < registry.mous[members[second]].id
    }
    let regions = RegionIndex(codesOf: registry.regencies)
    memberships = order.map { position in
      let mou = registry.mous[members[position]]
      return Membership(
        id: mou.id, regency: mou.regency,
        name: regions.position(of: mou.regency).map { registry.regencies[$0].officialName } ?? mou.regency,
        cohort: mou.cohort, confidence: mou.confidence, sources: mou.sources.count,
        independentSources: strengths[position].independent, unopenable: strengths[position].unopenable)
    }

    // Cited by more than one record: most sources are cited once, settled without a set.
    citedSources = entries.filter { entry in entry.otherRecords.contains { $0 != entry.firstRecord } }.map { entry in
      // Each record once, in order (records are met collection by collection, in the order of
      // their ids, so they seldom need sorting).
      var records = [entry.firstRecord] + entry.otherRecords
      if records.indices.dropFirst().contains(where: { records[$0] < records[$0 - 1] }) { records.sort() }
      return CitedSource(
        source: entry.source, host: entry.host,
        records: records.indices.filter { $0 == 0 || records[$0] != records[$0 - 1] }.map { records[$0] })
    }.sorted { ($1.records.count, $0.source) < ($0.records.count, $1.source) }

    // The reference lists (provinces, regencies, pillars) cite the decrees and reports they
    // come from: judged by the same rules, but not among the sources the programme's records
    // rest on, and in no cohort.
    if cohort == nil {
      func judge<T: StoreRecord>(_ records: [T], sources: (T) -> [Source]) {
        for record in records {
          let cited = sources(record)
          if cited.isEmpty { problems.append(Problem(collection: T.collection, record: record.storeID, kind: .unsourced)) }
          for source in cited {
            if let url = source.url, !source.isOpenable {
              problems.append(Problem(collection: T.collection, record: record.storeID, kind: .unopenableAddress, address: url))
            }
          }
        }
      }
      judge(registry.provinces, sources: \.sources)
      judge(registry.regencies, sources: \.sources)
      judge(registry.pillars, sources: \.sources)
    }
    self.problems = problems
  }
}
