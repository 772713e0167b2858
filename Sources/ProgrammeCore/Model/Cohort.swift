/// A yearly intake of the programme: the regions selected together and their announced size.
///
/// Cohorts are data: a new intake is a new record in `cohorts.json`, not code.
public struct Cohort: Codable, Equatable, Sendable, Identifiable {
  /// The years a cohort can sign in: the programme began in 2017.
  public static let possibleYears = 2017...2100

  /// The cohort's id, its first year: `"2017"`, `"2021"`.
  public var id: String
  /// "Gerakan Menuju 100 Smart City".
  public var title: String
  /// The special track, if any: "KPPN + IKN Baru".
  public var track: String?
  /// The calendar years in which the cohort signed.
  public var years: [Int]
  /// How many regions the programme announced for this cohort.
  public var announcedSize: Int
  /// For cohorts signed in phases (2017: 25, 50 and 25), each phase's year and size.
  public var phases: [CohortPhase]
  public var sources: [Source]
  public var note: String?

  public init(
    id: String, title: String, track: String? = nil, years: [Int], announcedSize: Int,
    phases: [CohortPhase] = [], sources: [Source] = [], note: String? = nil
  ) {
    self.id = id
    self.title = title
    self.track = track
    self.years = years
    self.announcedSize = announcedSize
    self.phases = phases
    self.sources = sources
    self.note = note
  }

  /// The announced size for one signing year: the phase's if the cohort has phases.
  public func announcedSize(in year: Int) -> Int? {
    if phases.isEmpty { return years.contains(year) ? announcedSize : nil }
    return phases.first { $0.year == year }?.announcedSize
  }
}

/// One phase of a cohort signed over several years.
public struct CohortPhase: Codable, Equatable, Sendable {
  public var year: Int
  public var announcedSize: Int
  /// Why the known members differ from the announced size, where they do.
  public var note: String?

  public init(year: Int, announcedSize: Int, note: String? = nil) {
    self.year = year
    self.announcedSize = announcedSize
    self.note = note
  }
}
