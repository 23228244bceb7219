Feature: Versions
  Every book and every author has a version. It starts at 1 and moves on by exactly one with each
  change, so a reader can tell whether what they saw is still current, and can ask for a change to go
  through only if nothing changed in between. A request that changes nothing leaves the version where
  it was. The authors listed on a book are part of the book: changing them changes the book.

  A reader's copy of a book also shows its authors' names. Renaming an author moves the author's version,
  not the book's, yet the copy is out of date all the same: the catalogue compares a copy against the
  book's version and against the versions of its credited authors.

  Background:
    Given the authors "Terry Pratchett", "Neil Gaiman" and "Ann Leckie"
    And a book with:
      | title        | Good Omens                   |
      | isbn         | 978-0-306-40615-7            |
      | published in | 1990                         |
      | authors      | Terry Pratchett, Neil Gaiman |

  Scenario Outline: Every change to a book moves its version on by one
    When <change>
    Then the book "Good Omens" is at version 2

    Examples:
      | change                                                                   |
      | I change the title of "Good Omens" to "Good Omens: The Nice and Accurate Prophecies" |
      | I change the ISBN of "Good Omens" to "0-8044-2957-X"                     |
      | I remove the ISBN of "Good Omens"                                        |
      | I change the year of publication of "Good Omens" to 2006                 |
      | I credit "Ann Leckie" on "Good Omens"                                    |
      | I remove "Neil Gaiman" from "Good Omens"                                 |
      | I set the authors of "Good Omens" to "Neil Gaiman" and "Terry Pratchett" |
      | I remove every author from "Good Omens"                                  |
      | I delete the author "Neil Gaiman", removing their credits               |

  Scenario Outline: A request that changes nothing leaves the version of the book where it was
    When <request>
    Then the book "Good Omens" is at version 1

    Examples:
      | request                                                                  |
      | I change the title of "Good Omens" to "Good Omens"                       |
      | I change the title of "Good Omens" to "  Good Omens "                    |
      | I change the ISBN of "Good Omens" to "0-306-40615-2"                     |
      | I change the year of publication of "Good Omens" to 1990                 |
      | I credit "Terry Pratchett" on "Good Omens"                               |
      | I remove "Ann Leckie" from "Good Omens"                                  |
      | I set the authors of "Good Omens" to "Terry Pratchett" and "Neil Gaiman" |
      | I delete the author "Ann Leckie"                                         |
      | I delete the author "Ann Leckie", removing their credits                |

  Scenario: Renaming an author moves the version of the author, not of the books crediting them
    When I rename the author "Neil Gaiman" to "N. Gaiman"
    Then the author "N. Gaiman" is in the catalogue at version 2
    And the authors of "Good Omens" are "Terry Pratchett" and "N. Gaiman"
    And the book "Good Omens" is at version 1

  Scenario: The version counts the changes one by one
    When I credit "Ann Leckie" on "Good Omens"
    And I credit "Ann Leckie" on "Good Omens"
    And I remove "Ann Leckie" from "Good Omens"
    And I change the title of "Good Omens" to "Good Omens!"
    And I set the authors of "Good Omens" to "Neil Gaiman"
    Then the book "Good Omens!" is at version 5

  Scenario Outline: A change made on an out-of-date copy of the book is refused and changes nothing
    Given I have read the book "Good Omens"
    And the title of "Good Omens" has been changed to "Good Omens (revised)"
    When <change>, as I read it
    Then the catalogue refuses: the book has changed since
    And the book "Good Omens" reads:
      | title   | Good Omens (revised)         |
      | authors | Terry Pratchett, Neil Gaiman |
      | version | 2                            |

    Examples:
      | change                                                       |
      | I change the title of "Good Omens" to "Nice and Accurate"    |
      | I change the title of "Good Omens" to "Good Omens (revised)" |
      | I set the authors of "Good Omens" to "Neil Gaiman"           |

  Scenario Outline: A change made on a current copy of the book goes through
    Given the title of "Good Omens" has been changed to "Good Omens (revised)"
    And I have read the book "Good Omens"
    When <change>, as I read it
    Then the book "Good Omens" is at version 3

    Examples:
      | change                                                    |
      | I change the title of "Good Omens" to "Nice and Accurate" |
      | I set the authors of "Good Omens" to "Neil Gaiman"        |

  Scenario Outline: A reader's copy of a book stays current until the book or one of its authors changes
    Given I have read the book "Good Omens"
    When <change>
    Then my copy of "Good Omens" is <state>

    Examples:
      | change                                                    | state         |
      | I look up the book "Good Omens"                           | still current |
      | I credit "Terry Pratchett" on "Good Omens"                | still current |
      | I rename the author "Ann Leckie" to "A. Leckie"           | still current |
      | I change the title of "Good Omens" to "Nice and Accurate" | out of date   |
      | I credit "Ann Leckie" on "Good Omens"                     | out of date   |
      | I remove "Neil Gaiman" from "Good Omens"                  | out of date   |
      | I rename the author "Neil Gaiman" to "N. Gaiman"          | out of date   |

  Scenario: Renaming an author changes what a reader's copy of the book is compared against
    Given I have read the book "Good Omens"
    And the author "Neil Gaiman" has been renamed to "N. Gaiman"
    When I change the title of "Good Omens" to "Nice and Accurate", as I read it
    Then the catalogue refuses: the book has changed since
    And the book "Good Omens" reads:
      | title   | Good Omens                 |
      | authors | Terry Pratchett, N. Gaiman |
      | version | 1                          |
    And my copy of "Good Omens" is out of date
