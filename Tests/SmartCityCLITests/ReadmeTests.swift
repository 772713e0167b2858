import Foundation
import ProgrammeCore
import TestSupport
import Testing

@testable import SmartCityCLI

/// The README's examples are the tool's real output: every block that starts with `$ ` is run,
/// in order, against one copy of the shipped `Data/` (a terminal, no colour, the clock fixed),
/// and what it prints must be what the README shows. A line `...` or `…` stands for any lines.
/// `SMARTCITY_UPDATE_README=1 swift test --filter ReadmeTests` writes the real output into the
/// README instead (keeping each elision's head and tail), for a person to review with git diff.
@Suite(.serialized) struct ReadmeTests {
  static let readme = TestStore.packageRoot + "/README.md"

  /// One `$ command` of a block, with the lines the README shows after it.
  struct Step {
    var command: String
    /// The README's lines (indices into the file) that hold the expected output.
    var outputLines: Range<Int>
  }

  /// The steps of every example block, block by block.
  static func examples(_ lines: [String]) -> [[Step]] {
    var blocks: [[Step]] = []
    var index = 0
    while index < lines.count {
      guard lines[index].hasPrefix("```") else {
        index += 1
        continue
      }
      // A fence with a language (```sh) holds commands to copy, not examples with output.
      guard lines[index] == "```" else {
        index += 1
        while index < lines.count && lines[index] != "```" { index += 1 }
        index += 1
        continue
      }
      var end = index + 1
      while end < lines.count && lines[end] != "```" { end += 1 }
      var steps: [Step] = []
      var line = index + 1
      while line < end {
        guard lines[line].hasPrefix("$ ") else {
          line += 1
          continue
        }
        var command = String(lines[line].dropFirst(2))
        line += 1
        while command.hasSuffix("\\"), line < end {
          command = String(command.dropLast()) + " " + lines[line].trimmingCharacters(in: .whitespaces)
          line += 1
        }
        let start = line
        while line < end && !lines[line].hasPrefix("$ ") { line += 1 }
        var stop = line
        while stop > start && lines[stop - 1].isEmpty { stop -= 1 }
        steps.append(Step(command: command, outputLines: start..<stop))
      }
      if !steps.isEmpty { blocks.append(steps) }
      index = end + 1
    }
    return blocks
  }

  /// Shell words: spaces separate, single and double quotes group.
  static func words(_ command: String) -> [String] {
    var words: [String] = []
    var current = ""
    var quote: Character?
    var inWord = false
    for character in command {
      if let open = quote {
        if character == open { quote = nil } else { current.append(character) }
      } else if character == "\"" || character == "'" {
        quote = character
        inWord = true
      } else if character == " " {
        if inWord { words.append(current) }
        current = ""
        inWord = false
      } else {
        current.append(character)
        inWord = true
      }
    }
    if inWord { words.append(current) }
    return words
  }

  /// Whether the actual lines match the expected ones, where `...` stands for any lines.
  static func matches(_ actual: [String], _ expected: [String]) -> Bool {
    guard let elision = expected.firstIndex(where: { $0 == "..." || $0 == "…" }) else { return actual == expected }
    let head = Array(expected[..<elision])
    let tail = Array(expected[(elision + 1)...])
    return actual.count >= head.count + tail.count && Array(actual.prefix(head.count)) == head
      && matches(Array(actual.dropFirst(head.count)).suffix(tail.count).map { $0 }, tail)
  }

  @Test func examples_areTheRealOutput() throws {
    let text = try String(contentsOfFile: Self.readme, encoding: .utf8)
    var lines = text.components(separatedBy: "\n")
    let test = try TestStore(empty: ())
    defer { test.remove() }
    try FileManager.default.copyItem(atPath: TestStore.shippedData, toPath: test.path)
    let update = ProcessInfo.processInfo.environment["SMARTCITY_UPDATE_README"] == "1"
    var replacements: [(Range<Int>, [String])] = []
    var checked = 0
    for block in Self.examples(lines) {
      var environment = ["NO_COLOR": "1"]
      var status: Int32 = 0
      for step in block {
        let expected = Array(lines[step.outputLines])
        let words = Self.words(step.command)
        var actual: [String]
        switch words.first {
        case "export":
          let pair = words[1].split(separator: "=", maxSplits: 1).map(String.init)
          environment[pair[0]] = pair[1]
          actual = []
        case "cat":
          try Data((expected.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: test.root + "/" + words[1]))
          actual = expected
        case "echo":
          actual = ["\(status)"]
        default:
          let arguments = words.dropFirst().map { word in
            FileManager.default.fileExists(atPath: test.root + "/" + word) ? test.root + "/" + word : word
          }
          let outcome = CLI.runInProcess(
            Array(arguments), data: test.path, terminal: true, environment: environment, now: "2026-11-23T06:00:00Z")
          status = outcome.status
          // Paths print as the README's reader would type them, relative to the folder.
          actual = (outcome.standardOutput + outcome.standardError).replacingOccurrences(of: test.root + "/", with: "")
            .components(separatedBy: "\n")
          while actual.last == "" { actual.removeLast() }
        }
        checked += 1
        if update {
          if let elision = expected.firstIndex(where: { $0 == "..." || $0 == "…" }), actual.count > expected.count {
            let tail = expected.count - elision - 1
            actual = Array(actual.prefix(elision)) + [expected[elision]] + Array(actual.suffix(tail))
          }
          replacements.append((step.outputLines, actual))
        } else {
          #expect(
            Self.matches(actual, expected),
            "README line \(step.outputLines.lowerBound): $ \(step.command)\n--- README\n\(expected.joined(separator: "\n"))\n--- real\n\(actual.joined(separator: "\n"))"
          )
        }
      }
    }
    #expect(checked > 15)
    if update {
      for (range, actual) in replacements.reversed() { lines.replaceSubrange(range, with: actual) }
      try lines.joined(separator: "\n").write(toFile: Self.readme, atomically: true, encoding: .utf8)
    }
  }
  /// The README's table of the store's files is the records' declarations: every field of
  /// every collection, by the name the file holds it under, generated here
  /// (`SMARTCITY_UPDATE_README=1` rewrites it), so that a field added to a declaration cannot
  /// be missing from it.
  @Test func storeFormatTable_isTheDeclarations() throws {
    let begin = "<!-- store-table: generated from the declarations by ReadmeTests -->"
    let end = "<!-- store-table end -->"
    let text = try String(contentsOfFile: Self.readme, encoding: .utf8)
    let start = try #require(text.range(of: begin + "\n"), "the README has no generated store table")
    let stop = try #require(text.range(of: end, range: start.upperBound..<text.endIndex))
    func names(_ fields: [FieldSchema]) -> String {
      fields.map { field in
        switch field.kind {
        case .object(let inner), .objects(let inner):
          "`\(field.name)` (" + inner.map { "`\($0.name)`" }.joined(separator: ", ") + ")"
        default: "`\(field.name)`"
        }
      }.joined(separator: ", ")
    }
    let rows = CollectionSchema.all.map { schema in
      let fields = schema.fields.filter { $0.name != schema.primaryKey && $0.name != "sources" }
      return "| `\(schema.collection.fileName)` | \(schema.title) | \(names(fields)) | `\(schema.primaryKey)` |"
    }
    let table =
      (["| file | records | fields (besides the id and `sources`) | id |", "|---|---|---|---|"] + rows).joined(separator: "\n")
      + "\n"
    if ProcessInfo.processInfo.environment["SMARTCITY_UPDATE_README"] == "1" {
      try text.replacingCharacters(in: start.upperBound..<stop.lowerBound, with: table)
        .write(toFile: Self.readme, atomically: true, encoding: .utf8)
    } else {
      #expect(String(text[start.upperBound..<stop.lowerBound]) == table)
    }
    #expect(table.contains("`number`") && table.contains("`confidence`"))
  }
  /// The README names every option of `add-mou` as an import column, and every one it names is
  /// a column the import reads.
  @Test func importColumns_areAddMoUsOptions() throws {
    let text = try String(contentsOfFile: Self.readme, encoding: .utf8)
    let start = try #require(text.range(of: "The MoU columns are `add-mou`'s options ("))
    let end = try #require(text.range(of: ")", range: start.upperBound..<text.endIndex))
    let named = text[start.upperBound..<end.lowerBound].split(separator: ",").map {
      $0.trimmingCharacters(in: .whitespacesAndNewlines).trimmingCharacters(in: CharacterSet(charactersIn: "`"))
    }
    let options = SmartCity.AddMoU.spec.options.filter { !$0.isFlag }.map(\.name)
    #expect(named == options)
    let known = Set(RecordCSV(.mous).knownHeaders)
    // Headers are read as a spreadsheet writes them: `on-behalf-of` is `on_behalf_of`.
    for name in named.map({ $0.replacingOccurrences(of: "-", with: "_") }) { #expect(known.contains(name), "\(name)") }
  }
}
