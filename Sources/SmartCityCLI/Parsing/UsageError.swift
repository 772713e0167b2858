import ProgrammeCore

/// A command line that is wrong on its face (exit 64), in swift-argument-parser's words.
enum UsageError: Error, Equatable {
  case unknownCommand(String, suggestion: String?)
  case unknownOption(String, suggestion: String?)
  case missingValue(String)
  case missingArgument(String)
  case unexpectedArgument(String)
  case invalidValue(String, option: String, reason: Phrase)
  case invalidArgumentEncoding(position: Int)
  /// `edit-mou` or `edit` without anything to change; the command's name.
  case missingChange(String)
  /// An option that takes one value, given twice.
  case repeatedOption(String)
  /// An environment variable the tool reads holds a value it cannot use.
  case invalidEnvironment(name: String, value: String, reason: Phrase)

  /// The message and its values, for printing in any language.
  var phrase: Phrase {
    switch self {
    case .unknownCommand(let name, let suggestion):
      suggestion.map { Phrase(.unknownCommandSuggesting, ["name": "\(name)", "suggestion": "\($0)"]) }
        ?? Phrase(.unknownCommand, ["name": "\(name)"])
    case .unknownOption(let name, let suggestion):
      suggestion.map { Phrase(.unknownOptionSuggesting, ["name": "\(name)", "suggestion": "\($0)"]) }
        ?? Phrase(.unknownOption, ["name": "\(name)"])
    case .missingValue(let synopsis):
      Phrase(.missingValue, ["option": "\(synopsis)"])
    case .missingArgument(let synopsis):
      Phrase(.missingArgument, ["argument": "\(synopsis)"])
    case .unexpectedArgument(let argument):
      Phrase(.unexpectedArgument, ["argument": "\(argument)"])
    case .invalidValue(let value, let option, let reason):
      Phrase(.invalidValue, ["value": "\(value)", "option": "\(option)", "reason": .phrase(reason)])
    case .invalidArgumentEncoding(let position):
      Phrase(.invalidArgumentEncoding, ["position": .number(position)])
    case .missingChange(let command):
      Phrase(.missingChange, ["command": "\(command)"])
    case .repeatedOption(let synopsis):
      Phrase(.repeatedOption, ["option": "\(synopsis)"])
    case .invalidEnvironment(let name, let value, let reason):
      Phrase(.invalidEnvironment, ["name": "\(name)", "value": "\(value.quotedInMessage)", "reason": .phrase(reason)])
    }
  }
}

// MARK: - Messages

extension Message {
  static let unknownCommandSuggesting = Message(
    english: "Unknown command '{name}'. Did you mean '{suggestion}'?",
    indonesian: "Perintah '{name}' tidak dikenal. Maksud Anda '{suggestion}'?")
  static let unknownOptionSuggesting = Message(
    english: "Unknown option '{name}'. Did you mean '{suggestion}'?",
    indonesian: "Opsi '{name}' tidak dikenal. Maksud Anda '{suggestion}'?")
}
