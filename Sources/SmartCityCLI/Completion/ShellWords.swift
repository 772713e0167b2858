/// Words as a shell passes them when they are typed: `Kota\ Batu`, `'Kota Batu'` or
/// `"Kota Batu"` are the one word `Kota Batu`, as the command will receive it.
enum ShellWords {
  static func unquoted(_ word: String) -> String {
    var result = ""
    var quote: Character?
    var escaped = false
    for character in word {
      if escaped {
        result.append(character)
        escaped = false
      } else if quote == "'" {
        if character == "'" { quote = nil } else { result.append(character) }
      } else if character == "\\" {
        escaped = true
      } else if character == "'" || character == "\"" {
        if quote == character { quote = nil } else if quote == nil { quote = character } else { result.append(character) }
      } else {
        result.append(character)
      }
    }
    return result
  }
}
