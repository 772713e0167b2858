/// Checks that records point at records that exist, among the collections loaded.
extension Registry {
  /// The first dangling reference among the loaded collections, as an error.
  ///
  /// A reference is checked only when the collection it points into was loaded, so a command
  /// that reads a few collections checks what it reads.
  ///
  /// `allMoUs` is false after a read that kept only some MoUs: milestones and quick wins of the
  /// others are then not checked against them.
  func checkReferences(
    loaded: Set<Collection>, allMoUs: Bool = true, path: (Collection) -> String = { $0.fileName }
  ) throws(ProgrammeError) {
    func check(
      _ file: Collection, _ record: String, _ field: String, _ value: String,
      in target: Collection, _ exists: (String) -> Bool
    ) throws(ProgrammeError) {
      guard loaded.contains(file), loaded.contains(target), target != .mous || allMoUs, !exists(value) else { return }
      throw .danglingReference(
        file: path(file), record: "'\(record.quotedInMessage)'", field: field,
        value: value.quotedInMessage, target: target)
    }
    let provinceCodes = Set(provinces.map(\.code))
    let regencyCodes = Set(regencies.map(\.code))
    let cohortIDs = Set(cohorts.map(\.id))
    let ceremonyIDs = Set(ceremonies.map(\.id))
    let letterNumbers = Set(letters.map(\.number))

    for regency in regencies {
      try check(.regencies, regency.code, "province", regency.province, in: .provinces, provinceCodes.contains)
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
    // A million MoUs are checked on every read: look codes up by their digits, and remember the
    // last cohort found (a sorted file holds each cohort's MoUs together).
    let codeTable = CodeTable(regencyCodes)
    var lastCohort = ""
    for mou in mous {
      try check(.mous, mou.id, "regency", mou.regency, in: .regencies, codeTable.contains)
      if mou.cohort != lastCohort {
        try check(.mous, mou.id, "cohort", mou.cohort, in: .cohorts, cohortIDs.contains)
        lastCohort = mou.cohort
      }
      if let ceremony = mou.ceremony {
        try check(.mous, mou.id, "ceremony", ceremony, in: .ceremonies, ceremonyIDs.contains)
      }
      if let letter = mou.letter {
        try check(.mous, mou.id, "letter", letter, in: .letters, letterNumbers.contains)
      }
    }
    let memberships = Set(mous.map(\.id))
    for milestone in milestones {
      try check(.milestones, milestone.id, "regency", milestone.regency, in: .regencies, regencyCodes.contains)
      try check(.milestones, milestone.id, "cohort", MoU.id(cohort: milestone.cohort, regency: milestone.regency), in: .mous, memberships.contains)
    }
    for quickWin in quickWins {
      try check(.quickWins, quickWin.id, "regency", quickWin.regency, in: .regencies, regencyCodes.contains)
      try check(.quickWins, quickWin.id, "cohort", MoU.id(cohort: quickWin.cohort, regency: quickWin.regency), in: .mous, memberships.contains)
    }
    for claim in claims {
      try check(.claims, claim.id, "regency", claim.regency, in: .regencies, regencyCodes.contains)
      try check(.claims, claim.id, "cohort", claim.cohort, in: .cohorts, cohortIDs.contains)
    }
  }
}

extension Registry {
  /// How the fast reader judges each MoU: whether its references resolve among the loaded
  /// collections (loaded before the MoUs), and whether the command keeps it.
  func judge(
    loaded: Set<Collection>, _ selection: (@Sendable (MoU) -> Bool)?
  ) -> @Sendable (MoU) -> MoUStreamDecoder.Verdict {
    let codes = loaded.contains(.regencies) ? CodeTable(Set(regencies.map(\.code))) : nil
    let cohorts = loaded.contains(.cohorts) ? Set(cohorts.map(\.id)) : nil
    let ceremonies = loaded.contains(.ceremonies) ? Set(ceremonies.map(\.id)) : nil
    let letters = loaded.contains(.letters) ? Set(letters.map(\.number)) : nil
    return { mou in
      guard codes?.contains(mou.regency) ?? true, cohorts?.contains(mou.cohort) ?? true,
        mou.ceremony.map { ceremonies?.contains($0) ?? true } ?? true,
        mou.letter.map { letters?.contains($0) ?? true } ?? true
      else { return .invalid }
      return selection?(mou) ?? true ? .keep : .drop
    }
  }
}

/// A set of Kemendagri regency codes (`PP.RR`) as a table indexed by their four digits.
struct CodeTable: Sendable {
  private var present = [Bool](repeating: false, count: 10_000)

  init(_ codes: Set<String>) {
    for code in codes {
      if let index = Self.index(code) { present[index] = true }
    }
  }

  func contains(_ code: String) -> Bool {
    Self.index(code).map { present[$0] } ?? false
  }

  /// The code's digits as a number, or `nil` for anything not shaped `PP.RR`.
  static func index(_ code: String) -> Int? {
    var value = 0
    var count = 0
    for (offset, byte) in code.utf8.enumerated() {
      if offset == 2 {
        guard byte == UInt8(ascii: ".") else { return nil }
        continue
      }
      guard offset < 5, byte >= 0x30, byte <= 0x39 else { return nil }
      value = value * 10 + Int(byte - 0x30)
      count += 1
    }
    return count == 4 ? value : nil
  }
}
