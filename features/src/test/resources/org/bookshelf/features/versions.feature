Feature: Versions
  Every book and every author has a version. It starts at 1 and moves on by exactly one with each
  change, so a reader can tell whether what they saw is still current, and can ask for a change to go
  through only if nothing changed in between. A request that changes nothing leaves the version where
  it was. The authors listed on a book are part of the book: changing them changes the book.

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

  Scenario: Renaming an author changes the author, not the books crediting them
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

  Scenario Outline: A change that expects an outdated version is refused and changes nothing
    Given the title of "Good Omens" has been changed to "Good Omens (revised)"
    When <change>, expecting version 1
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

  Scenario Outline: A change that expects the current version goes through
    Given the title of "Good Omens" has been changed to "Good Omens (revised)"
    When <change>, expecting version 2
    Then the book "Good Omens" is at version 3

    Examples:
      | change                                                    |
      | I change the title of "Good Omens" to "Nice and Accurate" |
      | I set the authors of "Good Omens" to "Neil Gaiman"        |
