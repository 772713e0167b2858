/// The languages the interface speaks. Machine-readable output (JSON, CSV headers, SQL, exit
/// statuses) is the same in every language; only what people read changes.
public enum Language: String, CaseIterable, Sendable {
  case english = "en"
  case indonesian = "id"

  /// The variable that names the interface's language, whatever the locale.
  public static let settingVariable = "SMARTCITY_LANG"
  /// The locale's variables that may name the messages' language, in POSIX's order.
  public static let localeVariables = ["LC_ALL", "LC_MESSAGES", "LANG"]
  /// Every environment variable `chosen(option:environment:)` reads.
  public static var environmentVariables: [String] { [settingVariable] + localeVariables }

  /// The language asked for: the `--lang` option, else `SMARTCITY_LANG`, else the locale's
  /// messages category (the first set of `LC_ALL`, `LC_MESSAGES`, `LANG`, as POSIX orders
  /// them) when it names Indonesian, else English.
  ///
  /// An unrecognised `SMARTCITY_LANG` is passed over rather than refused, as gettext passes over
  /// a language it has no messages for: a setting shared with other tools must not stop this one.
  public static func chosen(option: String?, environment: [String: String]) -> Language {
    chosen(option: option) { environment[$0] }
  }

  /// The language asked for, reading each environment variable through `variable`.
  public static func chosen(option: String?, variable: (String) -> String?) -> Language {
    // The option takes exactly the codes its parser accepts; the environment is read leniently.
    if let option, let language = Language(rawValue: option) { return language }
    if let setting = variable(settingVariable), let language = Language(code: setting) { return language }
    for name in localeVariables {
      guard let locale = variable(name), !locale.isEmpty else { continue }
      return locale.lowercased().hasPrefix("id") ? .indonesian : .english
    }
    return .english
  }

  /// A language from a code as people write it: `id`, `id_ID.UTF-8`, `en-GB`, `EN`.
  public init?(code: String) {
    let lowered = code.lowercased()
    let base = lowered.prefix { $0.isLetter }
    switch base {
    case "id", "in", "ind", "indonesian", "indonesia": self = .indonesian
    case "en", "eng", "english": self = .english
    default: return nil
    }
  }
}
