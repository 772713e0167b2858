/// A programme-wide figure announced by the ministry: how many regions had joined by a year.
public struct AnnouncedTotal: Codable, Equatable, Sendable, Identifiable {
  /// `total-<year>`.
  public var id: String
  /// The year by whose end the figure holds.
  public var year: Int
  /// Distinct regions announced as in the programme by then.
  public var cumulativeRegions: Int
  /// Regions that the announcement says joined again in a later cohort, if it says.
  public var repeats: Int?
  /// When and by whom it was said.
  public var statedOn: CalendarDate?
  public var statedBy: String?
  /// The statement, in short.
  public var statement: String?
  public var sources: [Source]
  /// How firm the figure is, and how it relates to the others (an unofficial or derived total).
  public var note: String?

  public init(
    year: Int, cumulativeRegions: Int, repeats: Int? = nil, statedOn: CalendarDate? = nil,
    statedBy: String? = nil, statement: String? = nil, sources: [Source] = [], note: String? = nil
  ) {
    self.id = "total-\(year)"
    self.year = year
    self.cumulativeRegions = cumulativeRegions
    self.repeats = repeats
    self.statedOn = statedOn
    self.statedBy = statedBy
    self.statement = statement
    self.sources = sources
    self.note = note
  }
}
