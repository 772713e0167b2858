import ProgrammeCore

/// The participant filters `list` and `map` share: the same options, read the same way.
extension OptionSpec {
  static let participantFilters = [
    cohortFilter, phaseFilter, regencyFilter, provinceFilter, yearFilter, stageFilter, reachedFilter, reportedFilter,
    pillarFilter,
  ]
  static let cohortFilter = OptionSpec("cohort", value: "cohort", help: .listCohort)
  static let phaseFilter = OptionSpec("phase", value: "yyyy", help: .listPhase)
  static let regencyFilter = OptionSpec("regency", value: "regency", help: .listRegency)
  static let provinceFilter = OptionSpec("province", value: "province", help: .listProvince)
  static let yearFilter = OptionSpec("year", value: "yyyy", help: .listYear)
  static let stageFilter = OptionSpec("stage", value: "stage", help: .listStage, values: Stage.allCases.map(\.rawValue))
  static let reachedFilter = OptionSpec(
    "reached", value: "step", help: .listReached, values: PipelineReport.stages.map(\.rawValue))
  static let reportedFilter = OptionSpec(
    "reported", value: "step", help: .listReported, values: PipelineReport.stages.map(\.rawValue))
  static let pillarFilter = OptionSpec("pillar", value: "pillar", help: .listPillar, values: Pillar.allCases.map(\.rawValue))
}

extension ParsedArguments {
  /// The filter options as typed, checked on their face (a bad year is a usage error
  /// whatever the store holds); the library resolves the names when it reads.
  func participantQuery() throws(CommandFailure) -> ParticipantFilter {
    ParticipantFilter(
      cohort: try text(.cohortFilter), province: try text(.provinceFilter), year: try year(.yearFilter),
      regency: try text(.regencyFilter), stage: value(.stageFilter).flatMap(Stage.init(rawValue:)),
      reached: value(.reachedFilter).flatMap(Stage.init(rawValue:)),
      reported: value(.reportedFilter).flatMap(Stage.init(rawValue:)),
      pillar: value(.pillarFilter).flatMap(Pillar.init(rawValue:)), phase: try year(.phaseFilter))
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
      "Only memberships whose furthest reported step is this stage (--reached selects every membership known to have taken a step).",
    indonesian:
      "Hanya keanggotaan yang langkah terjauhnya yang dilaporkan adalah tahap ini (--reached memilih setiap keanggotaan yang diketahui telah melalui suatu langkah)."
  )
  static let listPhase = Message(
    english: "Only the signings of one phase of a cohort signed in phases (2017, 2018 or 2019 of cohort 2017).",
    indonesian:
      "Hanya penandatanganan satu fase dari angkatan yang ditandatangani bertahap (2017, 2018 atau 2019 dari angkatan 2017).")
  static let listReached = Message(
    english:
      "Only memberships known to have taken this step: reported, or implied by a later Bimtek session (the members report --by stage counts as reached).",
    indonesian:
      "Hanya keanggotaan yang diketahui telah melalui langkah ini: diberitakan, atau tersirat dari sesi Bimtek sesudahnya (anggota yang dihitung tercapai oleh report --by stage)."
  )
  static let listReported = Message(
    english: "Only memberships with this step itself reported (the members report --by stage counts as reported).",
    indonesian:
      "Hanya keanggotaan yang langkah ini sendiri diberitakan (anggota yang dihitung diberitakan oleh report --by stage).")
  static let listPillar = Message(
    english: "Only memberships with a quick win under this pillar.",
    indonesian: "Hanya keanggotaan yang memiliki quick win pada pilar ini.")
}
