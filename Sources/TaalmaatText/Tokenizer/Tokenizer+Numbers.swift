/// Numbers, amounts, dates, times, percentages and phone numbers.
extension TokenScanner {
    mutating func scanNumeric() {
        let start = position
        if bytes[start] == 0x30, let end = phoneEnd(from: start) {
            emit(.phoneNumber, start, end)
            return
        }
        if let end = numericDateEnd(from: start) {
            emit(.date, start, end)
            return
        }
        if let end = timeEnd(from: start) {
            emit(.time, start, end)
            return
        }
        let end = numberEnd(from: start)
        let next = scalar(at: end)
        // Digits glued to letters form a word (12-jarige, 3D) or an ordinal (3e, 21ste).
        if CharacterClass.isLetter(next) || (CharacterClass.isHyphen(next) && CharacterClass.isLetter(scalar(at: end + 1))) {
            let (wordEnd, flags) = wordEnd(from: start)
            if isOrdinal(start, wordEnd) {
                emit(.number, start, wordEnd, [.containsDigit, .ordinal])
            } else {
                emit(.word, start, wordEnd, flags.union(.containsDigit))
            }
            return
        }
        if let percentEnd = percentEnd(after: end) {
            emit(.percentage, start, percentEnd)
            return
        }
        if let euroEnd = euroWordEnd(after: end) {
            emit(.amount, start, euroEnd)
            return
        }
        if end - start <= 2, let dateEnd = dayMonthDateEnd(from: start) {
            emit(.date, start, dateEnd)
            return
        }
        emit(.number, start, sectionNumberEnd(after: end), [.containsDigit])
    }

    /// `€ 2.550`, `€850,-`, `€ 1.234,56`: an amount that starts with a euro sign at
    /// `position`.
    mutating func scanEuroAmount(width: Int) -> Bool {
        let start = position
        let numberStart = endOfInlineSpaces(from: start + width)
        guard CharacterClass.isASCIIDigit(byte(numberStart)) else { return false }
        emit(.amount, start, numberEnd(from: numberStart))
        return true
    }

    /// `+31 6 12345678`, `+31 (0)20 123 4567`: an international Dutch phone number.
    mutating func scanInternationalPhone() -> Bool {
        let start = position
        guard byte(start + 1) == 0x33, byte(start + 2) == 0x31 else { return false }
        var index = start + 3
        var digits = 0
        var lastDigitEnd = index
        while index < count, digits < 9 {
            let value = bytes[index]
            if CharacterClass.isASCIIDigit(value) {
                digits += 1
                index += 1
                lastDigitEnd = index
            } else if value == 0x20 || value == 0x2D {
                index += 1
            } else if value == 0x28, byte(index + 1) == 0x30, byte(index + 2) == 0x29, digits == 0 {
                index += 3  // (0)
            } else {
                break
            }
        }
        guard digits == 9, !CharacterClass.isASCIIDigit(byte(lastDigitEnd)) else { return false }
        emit(.phoneNumber, start, lastDigitEnd)
        return true
    }

    // MARK: - Pieces

    func digitsEnd(from start: Int) -> Int {
        var end = start
        while end < count, CharacterClass.isASCIIDigit(bytes[end]) { end += 1 }
        return end
    }

    /// The end of a number with Dutch separators: `2.550`, `1.234.567`, `3,5`, `850,-`.
    func numberEnd(from start: Int) -> Int {
        var end = digitsEnd(from: start)
        // Thousands: a full stop and exactly three digits.
        while byte(end) == 0x2E, CharacterClass.isASCIIDigit(byte(end + 1)) {
            let groupEnd = digitsEnd(from: end + 1)
            guard groupEnd - end - 1 == 3 else { break }
            end = groupEnd
        }
        if byte(end) == 0x2C {
            if CharacterClass.isASCIIDigit(byte(end + 1)) {
                end = digitsEnd(from: end + 1)
            } else if byte(end + 1) == 0x2D || byte(end + 1) == 0x3D {
                // 850,- and 850,--; also the older 850,=
                end += 2
                if byte(end) == 0x2D { end += 1 }
            }
        }
        return end
    }

    /// A phone number of ten digits that starts with 0 (`06-12345678`, `020 123 45 67`),
    /// or an 0800/0900 service number.
    func phoneEnd(from start: Int) -> Int? {
        var index = start
        var digits = 0
        var lastDigitEnd = start
        while index < count {
            let groupEnd = digitsEnd(from: index)
            guard groupEnd > index else { break }
            digits += groupEnd - index
            lastDigitEnd = groupEnd
            if digits >= 10 { break }
            var separatorEnd = groupEnd
            if byte(separatorEnd) == 0x20, byte(separatorEnd + 1) == 0x2D, byte(separatorEnd + 2) == 0x20 {
                separatorEnd += 3
            } else if byte(separatorEnd) == 0x20 || byte(separatorEnd) == 0x2D {
                separatorEnd += 1
            }
            guard separatorEnd > groupEnd, CharacterClass.isASCIIDigit(byte(separatorEnd)) else { break }
            index = separatorEnd
        }
        guard !CharacterClass.isASCIIDigit(byte(lastDigitEnd)), !CharacterClass.isLetter(scalar(at: lastDigitEnd)) else {
            return nil
        }
        let serviceNumber = matchesCaseInsensitive("0800", at: start) || matchesCaseInsensitive("0900", at: start)
            || matchesCaseInsensitive("0906", at: start) || matchesCaseInsensitive("0909", at: start)
        if digits == 10 || (serviceNumber && (digits == 8 || digits == 11)) {
            // A plain run of digits only counts when it has the shape of a number to call.
            let firstGroupLength = digitsEnd(from: start) - start
            if firstGroupLength == digits || firstGroupLength <= 4 { return lastDigitEnd }
        }
        return nil
    }

    /// `12-03-2025`, `1/3/25`, `12.03.2025`, `2025-03-12`.
    func numericDateEnd(from start: Int) -> Int? {
        let firstEnd = digitsEnd(from: start)
        let firstLength = firstEnd - start
        let separator = byte(firstEnd)
        guard separator == 0x2D || separator == 0x2F || separator == 0x2E else { return nil }
        let secondEnd = digitsEnd(from: firstEnd + 1)
        let secondLength = secondEnd - firstEnd - 1
        guard secondLength >= 1, secondLength <= 2, byte(secondEnd) == separator else { return nil }
        let thirdEnd = digitsEnd(from: secondEnd + 1)
        let thirdLength = thirdEnd - secondEnd - 1
        guard !CharacterClass.isASCIIDigit(byte(thirdEnd)), !CharacterClass.isLetter(scalar(at: thirdEnd)) else {
            return nil
        }
        let first = number(start, firstEnd)
        let second = number(firstEnd + 1, secondEnd)
        let third = number(secondEnd + 1, thirdEnd)
        if firstLength <= 2, (1...31).contains(first), (1...12).contains(second), thirdLength == 2 || thirdLength == 4 {
            return thirdEnd
        }
        if firstLength == 4, separator == 0x2D, secondLength == 2, thirdLength == 2, (1...12).contains(second),
            (1...31).contains(third)
        {
            return thirdEnd
        }
        return nil
    }

    /// `9:30`, `09.00`, `14.15`: hours up to 24 and two-digit minutes.
    func timeEnd(from start: Int) -> Int? {
        let hoursEnd = digitsEnd(from: start)
        guard hoursEnd - start <= 2, byte(hoursEnd) == 0x3A || byte(hoursEnd) == 0x2E else { return nil }
        let minutesEnd = digitsEnd(from: hoursEnd + 1)
        guard minutesEnd - hoursEnd - 1 == 2, number(start, hoursEnd) <= 24, number(hoursEnd + 1, minutesEnd) <= 59
        else { return nil }
        // Not part of a longer number such as 1.23.45 or 12.30,5.
        if (byte(minutesEnd) == 0x2E || byte(minutesEnd) == 0x2C || byte(minutesEnd) == 0x3A),
            CharacterClass.isASCIIDigit(byte(minutesEnd + 1))
        {
            return nil
        }
        guard !CharacterClass.isLetter(scalar(at: minutesEnd)) else { return nil }
        return minutesEnd
    }

    /// `12 maart`, `3 feb.`, `12 maart 2025`: a day, a month name and maybe a year.
    func dayMonthDateEnd(from start: Int) -> Int? {
        let dayEnd = digitsEnd(from: start)
        guard dayEnd > start, dayEnd - start <= 2, (1...31).contains(number(start, dayEnd)) else { return nil }
        let monthStart = endOfInlineSpaces(from: dayEnd)
        guard monthStart > dayEnd else { return nil }
        let monthEnd = endOfLetters(from: monthStart)
        guard monthEnd > monthStart, monthEnd - monthStart <= 9 else { return nil }
        guard let isFullMonth = monthName(monthStart, monthEnd) else { return nil }
        // Only a shortened month owns a full stop (3 feb. 2025); after a full name
        // (1 mei.) the stop ends the sentence. A shortened month followed by a capital
        // and no year is read the same way: the stop ends the sentence.
        let abbreviatedWithStop = byte(monthEnd) == 0x2E && !isFullMonth
        let afterStop = abbreviatedWithStop ? monthEnd + 1 : monthEnd
        if let yearEnd = yearEnd(after: afterStop) { return yearEnd }
        if abbreviatedWithStop, !CharacterClass.isUppercase(scalar(at: endOfInlineSpaces(from: afterStop))) {
            return afterStop
        }
        return monthEnd
    }

    /// Whether the letters from `start` to `end` name a month (``DutchWordClasses/months``),
    /// and if so whether in full; nil when they do not. ASCII words are looked up by
    /// ``DutchWordClasses/letterKey(_:)``, without building a string.
    func monthName(_ start: Int, _ end: Int) -> Bool? {
        let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
        if let key = DutchWordClasses.letterKey(word) {
            guard DutchWordClasses.monthKeys.contains(key) else { return nil }
            return DutchWordClasses.fullMonthKeys.contains(key)
        }
        // Other letters (which may lowercase to ASCII ones, as the Kelvin sign does).
        guard word.contains(where: { $0 >= 0x80 }) else { return nil }
        let month = lowercased(start, end)
        guard DutchWordClasses.months.contains(month) else { return nil }
        return DutchWordClasses.fullMonths.contains(month)
    }

    /// The end of a four-digit year after spaces at `start`, if there is one.
    private func yearEnd(after start: Int) -> Int? {
        let yearStart = endOfInlineSpaces(from: start)
        guard yearStart > start else { return nil }
        let yearEnd = digitsEnd(from: yearStart)
        guard yearEnd - yearStart == 4, (1900...2199).contains(number(yearStart, yearEnd)),
            !CharacterClass.isLetter(scalar(at: yearEnd))
        else { return nil }
        return yearEnd
    }

    /// `artikel 2.3`, `paragraaf 7.3.1`: a section number, digits joined by single
    /// full stops, at `end` after the first group of digits.
    func sectionNumberEnd(after end: Int) -> Int {
        var result = end
        while byte(result) == 0x2E, CharacterClass.isASCIIDigit(byte(result + 1)) {
            result = digitsEnd(from: result + 1)
        }
        return result
    }

    /// `10%`, `12,5 %`.
    func percentEnd(after end: Int) -> Int? {
        if byte(end) == 0x25 { return end + 1 }
        let next = endOfInlineSpaces(from: end)
        if next > end, next - end <= 2, byte(next) == 0x25 { return next + 1 }
        return nil
    }

    /// `2.550 euro`: a number followed by the word euro.
    func euroWordEnd(after end: Int) -> Int? {
        let wordStart = endOfInlineSpaces(from: end)
        guard wordStart > end else { return nil }
        let wordEnd = endOfLetters(from: wordStart)
        guard wordEnd - wordStart == 4, lowercased(wordStart, wordEnd) == "euro" else { return nil }
        return wordEnd
    }

    func number(_ start: Int, _ end: Int) -> Int {
        var value = 0
        for index in start..<min(end, start + 9) { value = value * 10 + Int(bytes[index] - 0x30) }
        return value
    }
}
