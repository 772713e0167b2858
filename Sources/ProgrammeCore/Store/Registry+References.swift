/// Checks that records point at records that exist.
extension Registry {
  /// The first dangling reference, as an error. Every collection is checked, in a fixed order,
  /// so every command that reads a broken store names the same problem.
  ///
  /// `memberships` are the ids of every MoU in the store, when the registry keeps only some
  /// (the fast reader dropped the others after checking them).
  func checkReferences(
    memberships known: Set<String>? = nil, path: (Collection) -> String = { $0.fileName }
  ) throws(ProgrammeError) {
    func check(
      _ file: Collection, _ record: String, _ field: String, _ value: String,
      in target: Collection, _ exists: (String) -> Bool
    ) throws(ProgrammeError) {
      guard !exists(value) else { return }
      throw .danglingReference(
        file: path(file), record: "'\(record.quotedInMessage)'", field: field,
        value: value.quotedInMessage, target: target)
    }
    let provinceCodes = Set(provinces.map(\.code))
    // Region codes by their digits, not hashed: every record names a region.
    let regencyCodes = CodeTable(regencies.lazy.map(\.code))
    let cohortIDs = Set(cohorts.map(\.id))
    let ceremonyIDs = Set(ceremonies.map(\.id))
    let letterNumbers = Set(letters.map(\.number))

    // Records are visited in place (by index), not copied out one by one.
    for index in regencies.indices {
      try check(
        .regencies, regencies[index].code, "province", regencies[index].province, in: .provinces, provinceCodes.contains)
    }
    for letter in letters {
      try check(.letters, letter.number, "cohort", letter.cohort, in: .cohorts, cohortIDs.contains)
      for code in letter.regencies {
        try check(.letters, letter.number, "regencies", code, in: .regencies, regencyCodes.contains)
      }
    }
    for ceremony in ceremonies {
      try check(.ceremonies, ceremony.id, "cohort", ceremony.cohort, in: .cohorts, cohortIDs.contains)
    }
    // A million MoUs are checked on every read: remember the last cohort found (a sorted file
    // holds each cohort's MoUs together).
    var lastCohort = ""
    for index in mous.indices {
      let id = mous[index].id
      try check(.mous, id, "regency", mous[index].regency, in: .regencies, regencyCodes.contains)
      if mous[index].cohort != lastCohort {
        try check(.mous, id, "cohort", mous[index].cohort, in: .cohorts, cohortIDs.contains)
        lastCohort = mous[index].cohort
      }
      if let ceremony = mous[index].ceremony {
        try check(.mous, id, "ceremony", ceremony, in: .ceremonies, ceremonyIDs.contains)
      }
      if let letter = mous[index].letter {
        try check(.mous, id, "letter", letter, in: .letters, letterNumbers.contains)
      }
    }
    let memberships = known ?? Set(mous.map(\.id))
    for index in milestones.indices {
      let (id, regency, cohort) = (milestones[index].id, milestones[index].regency, milestones[index].cohort)
      try check(.milestones, id, "regency", regency, in: .regencies, regencyCodes.contains)
      try check(.milestones, id, "cohort", MoU.id(cohort: cohort, regency: regency), in: .mous, memberships.contains)
    }
    for quickWin in quickWins {
      try check(.quickWins, quickWin.id, "regency", quickWin.regency, in: .regencies, regencyCodes.contains)
      try check(
        .quickWins, quickWin.id, "cohort", MoU.id(cohort: quickWin.cohort, regency: quickWin.regency), in: .mous,
        memberships.contains)
    }
    for claim in claims {
      try check(.claims, claim.id, "regency", claim.regency, in: .regencies, regencyCodes.contains)
      try check(.claims, claim.id, "cohort", claim.cohort, in: .cohorts, cohortIDs.contains)
    }
  }
}

extension Registry {
  /// How the fast reader judges each MoU: whether its references resolve among the other
  /// collections (read before the MoUs). A broken one sends the file to the reference path,
  /// which names the problem.
  ///
  /// With a selection, the MoUs it does not pick are dropped once checked; the tally notes
  /// which of the MoUs that milestones and quick wins name were seen, dropped or not, so that
  /// their references are checked against the whole file.
  func judge(
    selecting selection: (@Sendable (MoU) -> Bool)? = nil, tally: MembershipTally? = nil
  ) -> @Sendable (MoU) -> MoUStreamDecoder.Verdict {
    let codes = CodeTable(regencies.lazy.map(\.code))
    let cohorts = Set(cohorts.map(\.id))
    let ceremonies = Set(ceremonies.map(\.id))
    let letters = Set(letters.map(\.number))
    return { mou in
      guard codes.contains(mou.regency), cohorts.contains(mou.cohort),
        mou.ceremony.map(ceremonies.contains) ?? true, mou.letter.map(letters.contains) ?? true
      else { return .invalid }
      tally?.note(mou)
      return selection?(mou) ?? true ? .keep : .drop
    }
  }
}

/// A set of Kemendagri regency codes (`PP.RR`) as a table indexed by their four digits.
struct CodeTable: Sendable {
  private var present = [Bool](repeating: false, count: 10_000)

  init(_ codes: some Sequence<String>) {
    for code in codes {
      if let index = Self.index(code) { present[index] = true }
    }
  }

  func contains(_ code: String) -> Bool {
    Self.index(code).map { present[$0] } ?? false
  }

  /// The code's digits as a number, or `nil` for anything not shaped `PP.RR`.
  static func index(_ code: String) -> Int? {
    Regency.digits(ofCode: code)
  }
}

/// The MoUs that milestones and quick wins name, and which of them a read has seen: what a read
/// that keeps only some MoUs needs to check those references against the whole file.
final class MembershipTally: @unchecked Sendable {
  private let needed: [String: Int]
  /// The regions with a milestone or quick win: most MoUs are passed over on this alone.
  private let regions: CodeTable
  private var seen: [Bool]
  private let lock = Lock()

  init(_ registry: Registry) {
    let ids = Set(
      registry.milestones.map { MoU.id(cohort: $0.cohort, regency: $0.regency) }
        + registry.quickWins.map { MoU.id(cohort: $0.cohort, regency: $0.regency) })
    needed = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
    regions = CodeTable(registry.milestones.lazy.map(\.regency) + registry.quickWins.lazy.map(\.regency))
    seen = Array(repeating: false, count: ids.count)
  }

  /// Called for every MoU read, from the reader's threads.
  func note(_ mou: MoU) {
    guard regions.contains(mou.regency), let index = needed[mou.id] else { return }
    lock.withLock { seen[index] = true }
  }

  /// The named MoUs that the read saw.
  var found: Set<String> {
    lock.withLock { Set(needed.filter { seen[$0.value] }.keys) }
  }
}

extension Registry {
  /// The ids of the records that name a record of a collection by its id: what must change
  /// before the record can be removed or given another id. Empty for a record nothing names.
  public func records(naming id: String, in collection: Collection) -> [String] {
    switch collection {
    case .provinces:
      return regencies.filter { $0.province == id }.map(\.code)
    case .regencies:
      return letters.filter { $0.regencies.contains(id) }.map(\.number) + mous.filter { $0.regency == id }.map(\.id)
        + milestones.filter { $0.regency == id }.map(\.id) + quickWins.filter { $0.regency == id }.map(\.id)
        + claims.filter { $0.regency == id }.map(\.id)
    case .cohorts:
      return letters.filter { $0.cohort == id }.map(\.number) + ceremonies.filter { $0.cohort == id }.map(\.id)
        + mous.filter { $0.cohort == id }.map(\.id) + claims.filter { $0.cohort == id }.map(\.id)
    case .letters:
      return mous.filter { $0.letter == id }.map(\.id)
    case .ceremonies:
      return mous.filter { $0.ceremony == id }.map(\.id)
    case .mous:
      return mous.first { $0.id == id }.map(dependents(of:)) ?? []
    case .pillars, .announcedTotals, .claims, .milestones, .quickWins:
      return []
    }
  }
}
