/// A letter of the Ditjen Aptika announcing which regions were selected for a cohort.
public struct SelectionLetter: Codable, Equatable, Sendable, Identifiable {
  /// The letter number exactly as printed by the source, e.g. `646/Kominfo/DJAL/AI.01.05/10/2020`.
  public var number: String
  public var date: CalendarDate
  /// Who signed or sent it: "Direktur Jenderal Aplikasi Informatika".
  public var issuer: String?
  /// What it is about ("Penyampaian Hasil Seleksi Asesmen …").
  public var subject: String?
  public var cohort: String
  /// Codes of the regions the letter is known to name; empty when the list is not known.
  public var regencies: [String]
  public var sources: [Source]
  public var note: String?

  public var id: String { number }

  public init(
    number: String, date: CalendarDate, issuer: String? = nil, subject: String? = nil,
    cohort: String, regencies: [String] = [], sources: [Source] = [], note: String? = nil
  ) {
    self.number = number
    self.date = date
    self.issuer = issuer
    self.subject = subject
    self.cohort = cohort
    self.regencies = regencies
    self.sources = sources
    self.note = note
  }
}
