import ProgrammeCore

/// Help text and usage lines in swift-argument-parser's layout: labels from column 2,
/// descriptions from column 26, wrapped at 80 columns.
enum HelpFormatter {
  static let descriptionColumn = 26
  static let width = 80

  /// The usage line of a command, without the "USAGE: " prefix.
  static func usage(_ spec: CommandSpec) -> String {
    var parts = ["smartcity", spec.name]
    for option in spec.options where option.isRequired { parts.append(option.synopsis) }
    for option in spec.options where !option.isRequired {
      parts.append("[\(option.synopsis)\(option.isRepeatable ? " ..." : "")]")
    }
    for argument in spec.arguments {
      let name = "<\(argument.name)>" + (argument.isVariadic ? " ..." : "")
      parts.append(argument.isRequired ? name : "[\(name)]")
    }
    return parts.joined(separator: " ")
  }

  /// The full help of a command.
  static func help(_ spec: CommandSpec, in language: Language) -> String {
    // A long abstract wraps at 80 columns like every other paragraph.
    // The headings are swift-argument-parser's, in the reader's language.
    var text = wrap("\(Message.helpOverview.text(in: language)): \(spec.abstract.text(in: language))", indent: 0) + "\n\n"
    if let discussion = spec.discussion {
      text += wrap(discussion.text(in: language), indent: 0) + "\n\n"
    }
    text += "\(Message.helpUsage.text(in: language)): \(usage(spec))\n\n"
    if !spec.arguments.isEmpty {
      text += "\(Message.helpArguments.text(in: language)):\n"
      for argument in spec.arguments {
        var description = argument.help.text(in: language)
        if let values = argument.values {
          description += " (" + Phrase(.helpValues, ["values": .texts(values)]).text(in: language) + ")"
        }
        text += entry(label: "<\(argument.name)>", description: description)
      }
      text += "\n"
    }
    text += "\(Message.helpOptions.text(in: language)):\n"
    for option in spec.allOptions {
      text += entry(label: option.label, description: description(of: option, in: language))
    }
    return text
  }

  /// The root help, listing the commands.
  static func rootHelp(commands: [CommandSpec], abstract: Message, in language: Language) -> String {
    var text = wrap("\(Message.helpOverview.text(in: language)): \(abstract.text(in: language))", indent: 0) + "\n\n"
    text += "\(Message.helpUsage.text(in: language)): smartcity <subcommand>\n\n"
    text += "\(Message.helpOptions.text(in: language)):\n"
    for option in CommandSpec.commonOptions.filter({ $0.name != "no-color" }) {
      text += entry(label: option.label, description: description(of: option, in: language))
    }
    text += entry(label: "--version", description: Message.optionVersion.text(in: language))
    text += entry(label: "-h, --help", description: Message.optionHelp.text(in: language))
    text += "\n\(Message.helpSubcommands.text(in: language)):\n"
    for command in commands {
      text += entry(label: command.name, description: command.abstract.text(in: language))
    }
    text += "\n" + Message.seeSubcommandHelp.text(in: language) + "\n"
    return text
  }

  /// The option's help with its `(values: …; default: …)` hint.
  static func description(of option: OptionSpec, in language: Language) -> String {
    var text = option.help.text(in: language)
    let defaultValue = option.defaultValue.map { Phrase(.helpDefault, ["value": $0]).text(in: language) }
    if let values = option.values {
      var hint = Phrase(.helpValues, ["values": .texts(values)]).text(in: language)
      if let defaultValue { hint += "; " + defaultValue }
      text += " (\(hint))"
    } else if let defaultValue {
      text += " (\(defaultValue))"
    }
    return text
  }

  static func entry(label: String, description: String) -> String {
    let lead = "  " + label
    let body = wrap(description, indent: descriptionColumn)
    if lead.count + 2 <= descriptionColumn {
      let padding = String(repeating: " ", count: descriptionColumn - lead.count)
      return lead + padding + body.dropFirst(descriptionColumn) + "\n"
    }
    return lead + "\n" + body + "\n"
  }

  /// Wraps text at `width` columns, every line indented by `indent` spaces.
  static func wrap(_ text: String, indent: Int) -> String {
    let margin = String(repeating: " ", count: indent)
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      for word in paragraph.split(separator: " ") {
        if !line.isEmpty && indent + line.count + 1 + word.count > width {
          lines.append(margin + line)
          line = String(word)
        } else {
          line += (line.isEmpty ? "" : " ") + word
        }
      }
      lines.append(line.isEmpty ? "" : margin + line)
    }
    return lines.joined(separator: "\n")
  }
}

// MARK: - Messages

extension Message {
  static let seeSubcommandHelp = Message(
    english: "  See 'smartcity help <subcommand>' for detailed help.",
    indonesian: "  Lihat 'smartcity help <subcommand>' untuk bantuan terperinci.")
  static let helpDefault = Message(
    english: "default: {value}",
    indonesian: "bawaan: {value}")
  static let helpValues = Message(
    english: "values: {values}",
    indonesian: "nilai: {values}")
  static let helpOverview = Message(
    english: "OVERVIEW",
    indonesian: "IKHTISAR")
  static let helpUsage = Message(
    english: "USAGE",
    indonesian: "PENGGUNAAN")
  static let helpArguments = Message(
    english: "ARGUMENTS",
    indonesian: "ARGUMEN")
  static let helpOptions = Message(
    english: "OPTIONS",
    indonesian: "OPSI")
  static let helpSubcommands = Message(
    english: "SUBCOMMANDS",
    indonesian: "SUBPERINTAH")
}
