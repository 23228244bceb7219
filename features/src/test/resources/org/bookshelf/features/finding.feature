Feature: Finding books and authors
  Books can be found by their exact title, by the words of their title (see "Searching the catalogue"),
  or by an author they credit; every book found comes with all of its authors, in credit order. Authors
  can be found by their exact name or by the words of it. Books are listed by title and authors by name,
  ignoring case.

  Background:
    Given the catalogue holds these books:
      | title               | authors                      |
      | Good Omens          | Terry Pratchett, Neil Gaiman |
      | coraline            | Neil Gaiman                  |
      | Mort                | Terry Pratchett              |
      | The Colour of Magic | Terry Pratchett              |
      | Ancillary Justice   | Ann Leckie                   |
      | Ancillary Sword     | Ann Leckie                   |
      | Ancillary Mercy     | Ann Leckie                   |
    And the author "Ursula K. Le Guin"

  Scenario: Finding a book by its exact title
    When I look for books titled "Mort"
    Then I find:
      | title | authors         |
      | Mort  | Terry Pratchett |

  Scenario Outline: Only the exact title finds a book by title
    When I look for books titled "<title>"
    Then I find no books

    Examples:
      | title      |
      | mort       |
      | Mor        |
      | Mort Mort  |

  Scenario: Finding books by a word of their title, whatever its case
    When I search the books for "ANCILLARY"
    Then I find, in this order:
      | title             | authors    |
      | Ancillary Justice | Ann Leckie |
      | Ancillary Mercy   | Ann Leckie |
      | Ancillary Sword   | Ann Leckie |

  Scenario: Every word searched must start a word of the title, in any order
    When I search the books for "magic COL"
    Then I find, in this order:
      | title               | authors         |
      | The Colour of Magic | Terry Pratchett |

  Scenario: Finding the books credited to an author, each with all of its authors
    When I look for books credited to "Neil Gaiman"
    Then I find, in this order:
      | title      | authors                      |
      | coraline   | Neil Gaiman                  |
      | Good Omens | Terry Pratchett, Neil Gaiman |

  Scenario: Finding books that no title matches
    When I search the books for "Earthsea"
    Then I find no books

  Scenario: Listing every book, by title whatever its case
    When I list all books
    Then I find, in this order:
      | title               | authors                      |
      | Ancillary Justice   | Ann Leckie                   |
      | Ancillary Mercy     | Ann Leckie                   |
      | Ancillary Sword     | Ann Leckie                   |
      | coraline            | Neil Gaiman                  |
      | Good Omens          | Terry Pratchett, Neil Gaiman |
      | Mort                | Terry Pratchett              |
      | The Colour of Magic | Terry Pratchett              |

  Scenario: The books of an author
    When I list the books of "Terry Pratchett"
    Then I find, in this order:
      | title               | authors                      |
      | Good Omens          | Terry Pratchett, Neil Gaiman |
      | Mort                | Terry Pratchett              |
      | The Colour of Magic | Terry Pratchett              |

  Scenario: An author credited on no book has no books
    When I list the books of "Ursula K. Le Guin"
    Then I find no books

  Scenario: Finding an author by their exact name
    When I look for authors named "Neil Gaiman"
    Then I find the authors "Neil Gaiman"
    And the books of the author found are "coraline" and "Good Omens"

  Scenario: Only the exact name finds an author by name
    When I look for authors named "neil gaiman"
    Then I find no authors

  Scenario: Finding authors by the words of their names, whatever their case
    When I search the authors for "LE"
    Then I find the authors "Ann Leckie" and "Ursula K. Le Guin"

  Scenario: Listing every author, by name
    When I list all authors
    Then I find the authors "Ann Leckie", "Neil Gaiman", "Terry Pratchett" and "Ursula K. Le Guin"

  Scenario: Searching the books for no word is refused
    When I search the books for "   "
    Then the catalogue refuses: the search text is not acceptable

  Scenario: Searching the authors for no word is refused
    When I search the authors for "%"
    Then the catalogue refuses: the search text is not acceptable
