Feature: Books
  A book has a title, kept without the spaces around it and between 1 and 500 characters long. It
  may have an ISBN and a year of publication. It lists its authors in the order they were credited,
  and it has a version that starts at 1 and moves on by one with every change.

  Scenario: Registering a book with nothing but a title
    When I register the book "Ancillary Justice"
    Then the book "Ancillary Justice" reads:
      | title        | Ancillary Justice |
      | isbn         | none              |
      | published in | none              |
      | authors      | none              |
      | version      | 1                 |

  Scenario: Registering a book with all its details and its authors, in order
    Given the authors "Terry Pratchett" and "Neil Gaiman"
    When I register a book with:
      | title        | Good Omens                   |
      | isbn         | 0-306-40615-2                |
      | published in | 1990                         |
      | authors      | Terry Pratchett, Neil Gaiman |
    Then the book "Good Omens" reads:
      | title        | Good Omens                   |
      | isbn         | 9780306406157                |
      | published in | 1990                         |
      | authors      | Terry Pratchett, Neil Gaiman |
      | version      | 1                            |

  Scenario: The authors are kept in the order they were given
    Given the authors "Terry Pratchett" and "Neil Gaiman"
    When I register the book "Good Omens" by "Neil Gaiman" and "Terry Pratchett"
    Then the authors of "Good Omens" are "Neil Gaiman" and "Terry Pratchett"

  Scenario: Looking up a book shows its authors in credit order
    Given the book "Good Omens" by "Terry Pratchett" and "Neil Gaiman"
    When I look up the book "Good Omens"
    Then I see the book "Good Omens" by "Terry Pratchett" and "Neil Gaiman"

  Scenario: Spaces around a title are not kept
    When I register the book "   Dune  "
    Then the book is registered as "Dune"

  Scenario: Titles in any script are kept as written
    When I register the books "三体", "Преступление и наказание" and "📚 Reading Club"
    Then the books "三体", "Преступление и наказание" and "📚 Reading Club" are still in the catalogue

  Scenario Outline: A title of 1 to 500 characters is accepted, in any script
    When I register a book with <title>
    Then the book is registered

    Examples:
      | title                         |
      | a title of 1 character        |
      | a title of 500 characters     |
      | a title of 500 "書" characters |
      | a title of 500 "📖" characters |

  Scenario Outline: A blank or overlong title is refused
    When I register a book with <title>
    Then the catalogue refuses: the title is not acceptable
    And I list all books
    And I find no books

    Examples:
      | title                     |
      | a blank title             |
      | a title of 501 characters |

  Scenario Outline: A year of publication lies between 1 and 9999
    When I register the book "Chronicle" published in <year>
    Then the book is registered

    Examples:
      | year |
      | 1    |
      | 1990 |
      | 9999 |

  Scenario Outline: A year of publication outside 1 to 9999 is refused
    When I register the book "Chronicle" published in <year>
    Then the catalogue refuses: the year of publication is not acceptable

    Examples:
      | year  |
      | 0     |
      | -44   |
      | 10000 |

  Scenario: Changing a book's title, ISBN and year of publication as one change
    Given the book "Dune"
    When I change the book "Dune" to:
      | title        | Dune Messiah      |
      | isbn         | 978-0-306-40615-7 |
      | published in | 1969              |
    Then the book "Dune Messiah" reads:
      | title        | Dune Messiah  |
      | isbn         | 9780306406157 |
      | published in | 1969          |
      | version      | 2             |

  Scenario: Changing one detail keeps the others
    Given a book with:
      | title        | Dune            |
      | isbn         | 0-306-40615-2   |
      | published in | 1965            |
      | authors      | Frank Herbert   |
    When I change the title of "Dune" to "Dune (Deluxe Edition)"
    Then the book "Dune (Deluxe Edition)" reads:
      | title        | Dune (Deluxe Edition) |
      | isbn         | 9780306406157         |
      | published in | 1965                  |
      | authors      | Frank Herbert         |
      | version      | 2                     |

  Scenario: Removing the ISBN and the year of publication
    Given a book with:
      | title        | Dune          |
      | isbn         | 0-306-40615-2 |
      | published in | 1965          |
    When I change the book "Dune" to:
      | isbn         | none |
      | published in | none |
    Then the book "Dune" has no ISBN and no year of publication
    And the book "Dune" is at version 2

  Scenario: A change that leaves every detail as it was keeps the version
    Given a book with:
      | title        | Dune |
      | published in | 1965 |
    When I change the book "Dune" to:
      | title        | Dune |
      | published in | 1965 |
    Then the book "Dune" is at version 1

  Scenario: A change to a blank title is refused and changes nothing
    Given the book "Dune"
    When I change the title of "Dune" to "  "
    Then the catalogue refuses: the title is not acceptable
    And the book "Dune" is in the catalogue at version 1

  Scenario: A change made on the book as last read goes through
    Given the book "Dune"
    And the title of "Dune" has been changed to "Dune!"
    And I have read the book "Dune!"
    When I change the title of "Dune!" to "Arrakis", as I read it
    Then the book "Arrakis" is in the catalogue at version 3

  Scenario: A change is refused when the book has changed since it was last read
    Given the book "Dune"
    And I have read the book "Dune"
    And the title of "Dune" has been changed to "Dune!"
    When I change the title of "Dune" to "Arrakis", as I read it
    Then the catalogue refuses: the book has changed since
    And the book "Dune" is titled "Dune!" at version 2

  Scenario: Deleting a book keeps its authors
    Given the book "Good Omens" by "Terry Pratchett" and "Neil Gaiman"
    And the book "Mort" by "Terry Pratchett"
    When I delete the book "Good Omens"
    Then the book "Good Omens" is no longer in the catalogue
    And the authors "Terry Pratchett" and "Neil Gaiman" are still in the catalogue
    And the books of "Terry Pratchett" are "Mort"
    And "Neil Gaiman" is credited on no book

  Scenario: Once its books are deleted an author can be deleted
    Given the book "Coraline" by "Neil Gaiman"
    And I delete the book "Coraline"
    When I delete the author "Neil Gaiman"
    Then the author "Neil Gaiman" is no longer in the catalogue

  Scenario Outline: A book that is not in the catalogue cannot be looked up, changed or deleted
    Given a book "Lost Book" that has since been deleted
    And the author "Ann Leckie"
    When <request>
    Then the catalogue refuses: there is no such book

    Examples:
      | request                                             |
      | I look up the book "Lost Book"                      |
      | I change the title of "Lost Book" to "Found Book"   |
      | I delete the book "Lost Book"                       |
      | I credit "Ann Leckie" on "Lost Book"                |
      | I remove "Ann Leckie" from "Lost Book"              |
      | I set the authors of "Lost Book" to "Ann Leckie"    |
