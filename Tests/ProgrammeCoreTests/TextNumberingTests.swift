import Testing

@testable import ProgrammeCore

/// Texts numbered by their bytes: the numbers a dictionary of the texts would give, in the
/// order they are met, whatever the texts.
@Suite struct TextNumberingTests {
  /// The plain definition: a dictionary numbering each new text as the next.
  static func plainNumbers(_ texts: [String]) -> [Int] {
    var numbers: [String: Int] = [:]
    return texts.map { text in
      if let number = numbers[text] { return number }
      numbers[text] = numbers.count
      return numbers.count - 1
    }
  }

  @Test func texts_areNumberedInTheOrderMet() {
    var numbering = TextNumbering()
    #expect(["b", "a", "b", "", "a", ""].map { numbering.number(of: $0) } == [0, 1, 0, 2, 1, 2])
    #expect(numbering.count == 3)
    #expect(numbering.texts == ["b", "a", ""])
  }

  /// Thousands of addresses alike but for a few bytes (the table grows several times), of
  /// every length around a word's, each met again later.
  @Test(arguments: [0, 100])
  func manyTexts_areNumberedAsADictionaryWould(capacity: Int) {
    let texts = (0..<3_000).map { index in
      index % 3 == 0
        ? "https://www.antaranews.com/berita/\(index % 1_000)" : String(repeating: "x", count: index % 20) + "\(index % 700)"
    }
    var numbering = TextNumbering(capacity: capacity)
    #expect(texts.map { numbering.number(of: $0) } == Self.plainNumbers(texts))
  }

  /// Beyond ASCII, texts equal as `String`s are one text however their bytes differ (an accent
  /// composed or not, the Kelvin sign and K), also when one was numbered while every text was
  /// ASCII.
  @Test func equalTexts_withDifferentBytes_shareANumber() {
    let texts = ["K", "caf\u{E9}", "a", "\u{212A}", "cafe\u{301}", "a", "Caf\u{E9}", "K"]
    var numbering = TextNumbering()
    let numbers = texts.map { numbering.number(of: $0) }
    #expect(numbers == Self.plainNumbers(texts))
    #expect(numbers == [0, 1, 2, 0, 1, 2, 3, 0])
  }

  @Test func hash_saysWhetherTheTextIsASCII() {
    #expect(TextNumbering.hash("https://example.org/a").isASCII)
    #expect(TextNumbering.hash("").isASCII)
    #expect(!TextNumbering.hash("caf\u{E9}").isASCII)
    #expect(TextNumbering.hash("abcdefghi").hash == TextNumbering.hash(bytes: Array("abcdefghi".utf8)).hash)
  }
}
