import ProgrammeCore

/// The environment variables the tool reads that are set, looked up by name.
///
/// A handful of pairs, not a dictionary: a short command would otherwise spend a tenth of a
/// millisecond setting up the dictionary type before it does anything.
struct Environment: ExpressibleByDictionaryLiteral {
  private var variables: [(name: String, value: String)]

  init(_ variables: [(name: String, value: String)]) {
    self.variables = variables
  }

  init(_ dictionary: [String: String]) {
    self.init(dictionary.map { (name: $0.key, value: $0.value) })
  }

  init(dictionaryLiteral elements: (String, String)...) {
    self.init(elements.map { (name: $0.0, value: $0.1) })
  }

  /// The variable's value, or `nil` when it is not set.
  subscript(name: String) -> String? {
    variables.first { $0.name == name }?.value
  }
}
