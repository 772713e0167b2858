import ProgrammeCore

/// A command line that is wrong on its face (exit 64), in swift-argument-parser's words.
enum UsageError: Error, Equatable {
  case unknownCommand(String, suggestion: String?)
  case unknownOption(String, suggestion: String?)
  case missingValue(String)
  case missingArgument(String)
  case unexpectedArgument(String)
  case invalidValue(String, option: String, reason: String)
  case invalidArgumentEncoding(position: Int)

  var message: String {
    switch self {
    case .unknownCommand(let name, let suggestion):
      return "Unknown command '\(name)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? "")
        + (suggestion == nil ? " See 'smartcity help' for the list of commands." : "")
    case .unknownOption(let name, let suggestion):
      return "Unknown option '\(name)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? "")
    case .missingValue(let synopsis):
      return "Missing value for '\(synopsis)'"
    case .missingArgument(let synopsis):
      return "Missing expected argument '\(synopsis)'"
    case .unexpectedArgument(let argument):
      return "Unexpected argument '\(argument)'"
    case .invalidValue(let value, let option, let reason):
      return "The value '\(value)' is invalid for '\(option)': \(reason)"
    case .invalidArgumentEncoding(let position):
      return "Argument \(position) is not valid UTF-8 text; pass text in UTF-8"
    }
  }
}
