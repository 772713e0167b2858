/// Checks that records point at records that exist, among the collections loaded.
extension Registry {
  /// The first dangling reference among the loaded collections, as an error.
  ///
  /// A reference is checked only when the collection it points into was loaded, so a command
  /// that reads a few collections checks what it reads.
  func checkReferences(
    loaded: Set<Collection>, path: (Collection) -> String = { $0.fileName }
  ) throws(ProgrammeError) {
    func check(
      _ file: Collection, _ record: String, _ field: String, _ value: String,
      in target: Collection, _ exists: (String) -> Bool
    ) throws(ProgrammeError) {
      guard loaded.contains(file), loaded.contains(target), !exists(value) else { return }
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
    for mou in mous {
      try check(.mous, mou.id, "regency", mou.regency, in: .regencies, regencyCodes.contains)
      try check(.mous, mou.id, "cohort", mou.cohort, in: .cohorts, cohortIDs.contains)
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
