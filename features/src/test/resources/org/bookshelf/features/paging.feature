Feature: Paging through long listings
  A long listing comes a page at a time: 20 items, unless the reader asks for another page size
  from 1 to 100. Every page but the last hands out a marker; reading on from it gives the next page.
  Following the markers visits every item exactly once, in order. A marker continues only the listing
  it came from, and only as it was handed out.

  Scenario: Paging through every book
    Given the catalogue holds the books "Volume 01" to "Volume 25"
    When I page through all books 10 at a time
    Then I get pages of 10, 10 and 5 books
    And I have seen "Volume 01" to "Volume 25", each once, in order

  Scenario: A page holds 20 items unless another size is asked for
    Given the catalogue holds the books "Volume 01" to "Volume 25"
    When I list all books
    Then I see 20 books and a marker for the next page

  Scenario: The last page hands out no marker
    Given the catalogue holds the books "Volume 01" to "Volume 25"
    When I list all books 25 at a time
    Then I see 25 books and no marker for a next page

  Scenario Outline: Pages hold from 1 to 100 items
    Given the catalogue holds the books "Volume 001" to "Volume 101"
    When I page through all books <size> at a time
    Then I get pages of <pages> books
    And I have seen "Volume 001" to "Volume 101", each once, in order

    Examples:
      | size | pages                |
      | 100  | 100 and 1            |
      | 30   | 30, 30, 30 and 11    |

  Scenario: One book a page
    Given the catalogue holds the books "Volume 1" to "Volume 3"
    When I page through all books 1 at a time
    Then I get pages of 1, 1 and 1 books
    And I have seen "Volume 1" to "Volume 3", each once, in order

  Scenario Outline: A page size outside 1 to 100 is refused
    Given the catalogue holds the books "Volume 1" to "Volume 3"
    When I list all books <size> at a time
    Then the catalogue refuses: the page size is not acceptable

    Examples:
      | size |
      | 0    |
      | 101  |

  Scenario: Paging through the books of an author
    Given "Prolific Writer" wrote the books "Work 01" to "Work 12"
    And the catalogue holds the books "Other 1" to "Other 3"
    When I page through the books of "Prolific Writer" 5 at a time
    Then I get pages of 5, 5 and 2 books
    And I have seen "Work 01" to "Work 12", each once, in order

  Scenario: Paging through authors found by a word of their name
    Given the authors "Writer 1" to "Writer 7"
    And the author "Someone Else"
    When I page through the authors found by "writer" 3 at a time
    Then I get pages of 3, 3 and 1 authors
    And I have seen "Writer 1" to "Writer 7", each once, in order

  Scenario: Reading on from a marker gives the next page
    Given the catalogue holds the books "Volume 01" to "Volume 25"
    And I search the books for "volume", 10 at a time
    When I continue the listing
    Then I see 10 books and a marker for the next page
    And I continue the listing
    And I see 5 books and no marker for a next page

  Scenario: A book registered while paging shows up when it sorts after the page already read
    Given the catalogue holds the books "Volume 01" to "Volume 20"
    And I list all books 10 at a time
    And I register the books "Volume 00" and "Volume 15b"
    When I continue the listing
    Then I find, in this order:
      | title      | authors |
      | Volume 11  |         |
      | Volume 12  |         |
      | Volume 13  |         |
      | Volume 14  |         |
      | Volume 15  |         |
      | Volume 15b |         |
      | Volume 16  |         |
      | Volume 17  |         |
      | Volume 18  |         |
      | Volume 19  |         |

  Scenario: A marker continues only the listing it came from
    Given the catalogue holds the books "Volume 01" to "Volume 25"
    And I search the books for "volume", 10 at a time
    When I list all books from that marker
    Then the catalogue refuses: the page marker is not acceptable

  Scenario: An altered marker is refused
    Given the catalogue holds the books "Volume 01" to "Volume 25"
    And I list all books 10 at a time
    When I continue the listing with its marker altered
    Then the catalogue refuses: the page marker is not acceptable

  Scenario Outline: Something that was never a marker is refused
    Given the catalogue holds the books "Volume 01" to "Volume 25"
    When I list all books from the marker "<marker>"
    Then the catalogue refuses: the page marker is not acceptable

    Examples:
      | marker       |
      | not a marker |
      | abc.def      |
      | ...          |
