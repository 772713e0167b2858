/// A message the interface prints for people, in every language it speaks: an error, a line of
/// help, a confirmation, a table heading, a report section. `{name}` marks a value filled in
/// when the message is printed (see `Phrase`).
///
/// Each message is declared once, as a static constant of `Message` with both languages, beside
/// the code that raises it: in an extension at the end of that file, or in its folder's
/// `…Messages.swift` when several files share it. The library's are public, the command line's
/// its own. `CatalogueTests` reads every declaration in
/// `Sources/` and fails if a message lacks a language, is left untranslated, or its languages
/// name different values.
///
/// Domain terms follow the programme's own usage: nota kesepakatan (MoU), kabupaten/kota,
/// Bimtek Tahap I, rencana induk (masterplan), quick win, pilar; "angkatan" for a cohort.
public struct Message: Hashable, Sendable, CustomStringConvertible {
  let english: String
  let indonesian: String

  public init(english: String, indonesian: String) {
    self.english = english
    self.indonesian = indonesian
  }

  /// The message's template in a language.
  public func template(in language: Language) -> String {
    switch language {
    case .english: english
    case .indonesian: indonesian
    }
  }

  public var description: String { english }
}
