/// Sources as people type them, on the command line, in a spreadsheet's cell or in `edit
/// --set source=`: one rule for every entry point.
extension Source {
  /// The sources a typed value holds. One address or one title is one source; several
  /// addresses written together ("https://a/1 https://b/2", "https://a/1, https://b/2") are
  /// each a source of their own, never one address with a space in it. A value that mixes
  /// addresses with other words cannot be told apart and is refused, naming the pieces.
  public static func typed(_ text: String) throws(ProgrammeError) -> [Source] {
    let trimmed = text.trimmingWhitespace
    let pieces = addressPieces(trimmed)
    guard pieces.count > 1 else {
      // One address, without the comma or semicolon a list left after it.
      return [Source(text: pieces.first.flatMap { isWebAddress($0) ? $0 : nil } ?? trimmed)]
    }
    let sources = pieces.map(Source.init(text:))
    let words = sources.filter { $0.url == nil }.compactMap(\.title)
    // A title may hold words and a dotted name ("Perbup No. 27 situs example.org"): a value
    // with no web address at its start is read as a title, as before.
    guard sources.first?.url != nil, isWebAddress(pieces[0]) else {
      return [Source(text: trimmed)]
    }
    guard words.isEmpty else {
      throw .invalidInput(
        field: "source",
        reason: Phrase(.sourceMixesAddressesAndWords, ["words": .texts(words)]))
    }
    return sources
  }

  /// The value cut at spaces, and at commas or semicolons that end an address (an address may
  /// hold a comma, never a space).
  static func addressPieces(_ text: String) -> [String] {
    var pieces: [String] = []
    for word in text.split(whereSeparator: \.isWhitespace) {
      var rest = Substring(word)
      // "https://a/1,https://b/2": a comma followed by another address.
      while let comma = rest.firstIndex(where: { $0 == "," || $0 == ";" }),
        isWebAddress(String(rest[rest.index(after: comma)...])) || rest.index(after: comma) == rest.endIndex
      {
        pieces.append(String(rest[..<comma]))
        rest = rest[rest.index(after: comma)...]
      }
      pieces.append(String(rest))
    }
    return pieces.filter { !$0.isEmpty && $0 != "," && $0 != ";" }
  }

  /// Whether a piece starts as a web address does (`http://`, `https://`, `www.`) or looks like
  /// one (`example.org/page`).
  static func isWebAddress(_ piece: String) -> Bool {
    let lowered = piece.lowercased()
    return lowered.hasPrefix("http://") || lowered.hasPrefix("https://") || lowered.hasPrefix("www.")
      || looksLikeAddress(piece)
  }
}

extension Message {
  public static let sourceMixesAddressesAndWords = Message(
    english: "web addresses mixed with other words ({words}); give each address as a source of its own",
    indonesian: "alamat web bercampur dengan kata lain ({words}); berikan setiap alamat sebagai sumber tersendiri")
}
