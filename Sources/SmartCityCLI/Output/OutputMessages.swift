import ProgrammeCore

/// The messages the files of Output/ share.
extension Message {
  static let profileSignedThatDay = Message(
    english: "; {count} {count|region|regions} signed that day",
    indonesian: "; {count} daerah menandatangani pada hari itu")
  static let profileQuickWins = Message(
    english: "Quick wins by pillar",
    indonesian: "Quick win menurut pilar")
  static let htmlChartHeading = Message(
    english: "MoUs per year and regions in the programme",
    indonesian: "Nota kesepakatan per tahun dan daerah dalam program")
  static let htmlCohortsHeading = Message(
    english: "Cohorts: announced against registered",
    indonesian: "Angkatan: diumumkan dibandingkan dengan tercatat")
  static let siteMapHeading = Message(
    english: "Members on the map",
    indonesian: "Anggota di peta")
  static let mapNotAMember = Message(
    english: "not a member",
    indonesian: "bukan anggota")
  static let mapLegendCohort = Message(
    english: "Cohort {cohort}",
    indonesian: "Angkatan {cohort}")
  static let htmlUnsourced = Message(
    english: "unsourced",
    indonesian: "tanpa sumber")
}
