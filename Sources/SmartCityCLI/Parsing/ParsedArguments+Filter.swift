import ProgrammeCore

/// The participant filters `list` and `map` share: the same options, read the same way.
extension OptionSpec {
  static let participantFilters = [cohortFilter, regencyFilter, provinceFilter, yearFilter, stageFilter, pillarFilter]
  static let cohortFilter = OptionSpec("cohort", value: "cohort", help: .listCohort)
  static let regencyFilter = OptionSpec("regency", value: "regency", help: .listRegency)
  static let provinceFilter = OptionSpec("province", value: "province", help: .listProvince)
  static let yearFilter = OptionSpec("year", value: "yyyy", help: .listYear)
  static let stageFilter = OptionSpec("stage", value: "stage", help: .listStage, values: Stage.allCases.map(\.rawValue))
  static let pillarFilter = OptionSpec("pillar", value: "pillar", help: .listPillar, values: Pillar.allCases.map(\.rawValue))
}

extension ParsedArguments {
  /// The filter options as typed, checked on their face (a bad year is a usage error
  /// whatever the store holds); the library resolves the names when it reads.
  func participantQuery() throws(CommandFailure) -> ParticipantFilter {
    ParticipantFilter(
      cohort: try text(.cohortFilter), province: try text(.provinceFilter), year: try year(.yearFilter),
      regency: try text(.regencyFilter), stage: value(.stageFilter).flatMap(Stage.init(rawValue:)),
      pillar: value(.pillarFilter).flatMap(Pillar.init(rawValue:)))
  }
}

// MARK: - Messages

extension Message {
  static let listCohort = Message(
    english: "Only this cohort, e.g. 2021.",
    indonesian: "Hanya angkatan ini, misalnya 2021.")
  static let listRegency = Message(
    english: "Only this regency or city: a code (53.19) or a name.",
    indonesian: "Hanya kabupaten/kota ini: kode (53.19) atau nama.")
  static let listYear = Message(
    english: "Only MoUs signed in this year.",
    indonesian: "Hanya nota kesepakatan yang ditandatangani pada tahun ini.")
  static let listStage = Message(
    english:
      "Only memberships whose furthest reported step is this stage (report --by stage counts every membership that reached it).",
    indonesian:
      "Hanya keanggotaan yang langkah terjauhnya yang dilaporkan adalah tahap ini (report --by stage menghitung setiap keanggotaan yang mencapainya)."
  )
  static let listPillar = Message(
    english: "Only memberships with a quick win under this pillar.",
    indonesian: "Hanya keanggotaan yang memiliki quick win pada pilar ini.")
}
