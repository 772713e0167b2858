/// A signing event at which a cohort (or a phase of it) signed its MoUs together.
///
/// What is common to all signatories lives here; an `MoU` keeps what is particular to one
/// region (its signatory, where it joined from, its own source).
public struct SigningCeremony: Codable, Equatable, Sendable, Identifiable {
  /// `ceremony-YYYY-MM-DD`.
  public var id: String
  public var cohort: String
  public var date: CalendarDate
  /// The host venue, or for virtual ceremonies the organiser's place if known.
  public var venue: String?
  /// The city of the venue.
  public var city: String?
  public var mode: SigningMode
  /// Who presided: "Menteri Kominfo Johnny G. Plate".
  public var presidedBy: String?
  /// The ministry's signatory, usually the Dirjen Aptika.
  public var ministrySignatory: Signatory?
  /// How many regions the reports say signed that day.
  public var announcedSignatories: Int?
  public var sources: [Source]
  public var note: String?

  public init(
    id: String? = nil, cohort: String, date: CalendarDate, venue: String? = nil, city: String? = nil,
    mode: SigningMode, presidedBy: String? = nil, ministrySignatory: Signatory? = nil,
    announcedSignatories: Int? = nil, sources: [Source] = [], note: String? = nil
  ) {
    self.id = id ?? "ceremony-\(date)"
    self.cohort = cohort
    self.date = date
    self.venue = venue
    self.city = city
    self.mode = mode
    self.presidedBy = presidedBy
    self.ministrySignatory = ministrySignatory
    self.announcedSignatories = announcedSignatories
    self.sources = sources
    self.note = note
  }
}
