/// A cohort's id is a name (it names the cohort's page); a cohort covers programme years, and
/// its phases add up to its announced size.
extension Cohort {
  func ruleViolation() -> RuleViolation? {
    if let reason = RecordIdentifier.violation(of: id, shape: .name) { return RuleViolation("id", reason) }
    guard !years.isEmpty else { return RuleViolation("years", Phrase(.cohortNeedsYear)) }
    for (index, year) in years.enumerated() where !Cohort.possibleYears.contains(year) {
      return RuleViolation("years[\(index)]", Phrase(.cohortYearOutOfRange, ["year": .number(year)]))
    }
    if !phases.isEmpty, phases.map(\.announcedSize).reduce(0, +) != announcedSize {
      return RuleViolation("phases", Phrase(.phasesDoNotAddUp, ["size": .number(announcedSize)]))
    }
    return nil
  }
}

// MARK: - Messages

extension Message {
  public static let cohortNeedsYear = Message(
    english: "a cohort covers at least one year",
    indonesian: "angkatan mencakup paling sedikit satu tahun")
  public static let phasesDoNotAddUp = Message(
    english: "the phases' sizes do not add up to announcedSize {size}",
    indonesian: "jumlah anggota tiap fase tidak sama dengan announcedSize {size}")
  public static let cohortYearOutOfRange = Message(
    english: "{year} is outside the programme's years; expected years from 2017 to 2100",
    indonesian: "{year} di luar tahun program; seharusnya tahun 2017 sampai 2100")
}
