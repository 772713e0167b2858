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
    let regions = RegionIndex(codesOf: registry.regencies)
    func name(_ code: String) -> String { regions.position(of: code).map { registry.regencies[$0].officialName } ?? code }
    func rank(_ confidence: Confidence?) -> Int {
      switch confidence {
      case nil: 0
      case .medium: 1
      case .high: 2
      }
    }
    // Lazily: the MoUs are not copied out before each is summed up.
    memberships = registry.mous.lazy.filter { cohort == nil || $0.cohort == cohort }.map { mou in
      Membership(
        id: mou.id, regency: mou.regency, name: name(mou.regency), cohort: mou.cohort,
        confidence: mou.confidence, sources: mou.sources.count, independentSources: mou.sources.independentCount,
        unopenable: mou.sources.indices.count(where: { mou.sources[$0].url != nil && !mou.sources[$0].isOpenable }))
    }.sorted {
      (rank($0.confidence), $0.independentSources, $0.sources, $0.id) < (
        rank($1.confidence), $1.independentSources, $1.sources, $1.id
      )
    }

    // Every record that cites sources, with its collection; within a cohort, only its records.
    var cited: [(Collection, String, [Source])] = []
    func add<T: StoreRecord>(_ records: [T], cohortOf: (T) -> String?, sources: (T) -> [Source]) {
      for record in records where cohort == nil || cohortOf(record) == cohort {
        cited.append((T.collection, record.storeID, sources(record)))
      }
    }
    add(registry.mous, cohortOf: \.cohort, sources: \.sources)
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
      /// read like an address: it is then worked out for each source that has it).
      var opens: Bool?
      var firstRecord: String
      var otherRecords: [String] = []
    }
    var citing: [String: Int] = [:]
    var entries: [Cited] = []
    // Sized once: growing would hash every address again at each doubling.
    let citations = cited.reduce(0) { $0 + $1.2.count }
    citing.reserveCapacity(citations)
    entries.reserveCapacity(citations)
    var problems: [Problem] = []
    for (collection, id, sources) in cited {
      if sources.isEmpty { problems.append(Problem(collection: collection, record: id, kind: .unsourced)) }
      // By index: a source is read in place, not copied out with all its texts.
      for index in sources.indices {
        let key = sources[index].url ?? sources[index].citation
        // One lookup, which numbers a new address as the next entry.
        let next = entries.count
        let entry = { (slot: inout Int) in slot }(&citing[key, default: next])
        if entry < next {
          entries[entry].otherRecords.append(id)
        } else {
          entries.append(
            Cited(
              source: key, host: sources[index].host, opens: sources[index].url.map { _ in sources[index].isOpenable },
              firstRecord: id))
        }
        if let url = sources[index].url, !(entries[entry].opens ?? sources[index].isOpenable) {
          problems.append(Problem(collection: collection, record: id, kind: .unopenableAddress, address: url))
        }
      }
    }
    // Cited by more than one record: most sources are cited once, settled without a set.
    citedSources = entries.filter { entry in entry.otherRecords.contains { $0 != entry.firstRecord } }.map { entry in
      // Each record once, in order.
      let records = ([entry.firstRecord] + entry.otherRecords).sorted()
      return CitedSource(
        source: entry.source, host: entry.host,
        records: records.indices.filter { $0 == 0 || records[$0] != records[$0 - 1] }.map { records[$0] })
    }.sorted { ($1.records.count, $0.source) < ($0.records.count, $1.source) }
    self.problems = problems
  }
}
