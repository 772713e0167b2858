/// A source names something a reader can find: a title, a publisher or an address; an address
/// is a web page's (`http`, `https`, or a host without a scheme), never a script, data or a file
/// (`javascript:`, `data:`, `file:`), which a published page would otherwise turn into a link.
extension Source {
  func ruleViolation() -> RuleViolation? {
    if title == nil && publisher == nil && url == nil { return RuleViolation("title", Phrase(.sourceNeedsTitle)) }
    if let url, let scheme = Self.scheme(of: url), scheme != "http", scheme != "https" {
      return RuleViolation("url", Phrase(.sourceNotAWebAddress, ["found": .text(url.quotedInMessage)]))
    }
    return nil
  }

  /// The scheme an address begins with, lowercased (`javascript` of ` JavaScript:alert(1)`):
  /// letters, digits, `+` and `-` before a colon, ignoring what a browser ignores before it.
  static func scheme(of url: String) -> String? {
    let text = url.drop { $0.isWhitespace || $0.unicodeScalars.allSatisfy { $0.value < 0x20 } }
    guard let colon = text.firstIndex(of: ":") else { return nil }
    let scheme = text[..<colon].filter { !"\t\n\r".contains($0) }
    guard let first = scheme.first, first.isASCII, first.isLetter,
      scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-") })
    else { return nil }
    return scheme.lowercased()
  }
}

// MARK: - Messages

extension Message {
  public static let sourceNotAWebAddress = Message(
    english: "'{found}' is not a web address; give an http or https address (prose goes in the note)",
    indonesian: "'{found}' bukan alamat web; berikan alamat http atau https (uraian masuk ke catatan)")
  public static let sourceNeedsTitle = Message(
    english: "a source needs at least a title, a publisher or a url",
    indonesian: "sumber memerlukan paling tidak judul, penerbit, atau url")
}
