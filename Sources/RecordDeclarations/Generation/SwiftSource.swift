/// Lines of Swift, indented by two spaces a level.
struct SwiftSource {
  private(set) var text = GeneratedFile.header
  private var level = 0

  mutating func line(_ content: String = "") {
    text += content.isEmpty ? "\n" : String(repeating: "  ", count: level) + content + "\n"
  }

  /// `opening`, the lines `body` writes one level in, then `closing` (if any).
  mutating func block(_ opening: String, closing: String = "}", _ body: (inout SwiftSource) -> Void) {
    line(opening)
    level += 1
    body(&self)
    level -= 1
    if !closing.isEmpty { line(closing) }
  }

  /// A text as a Swift string literal.
  static func literal(_ text: String) -> String {
    var result = "\""
    for character in text {
      switch character {
      case "\\": result += "\\\\"
      case "\"": result += "\\\""
      case "\n": result += "\\n"
      default: result.append(character)
      }
    }
    return result + "\""
  }
}
