Feature: Authors
  The catalogue keeps the people who write books. An author has a name, kept without the spaces
  around it and between 1 and 300 characters long, and a version that starts at 1 and moves on by
  one with every change. Two authors may share a name.

  Scenario: Registering an author
    When I register the author "Ann Leckie"
    Then the author "Ann Leckie" is in the catalogue at version 1

  Scenario: Looking up an author
    Given the author "Ann Leckie"
    When I look up the author "Ann Leckie"
    Then I see the author "Ann Leckie" at version 1

  Scenario: Spaces around a name are not kept
    When I register the author "   Ann Leckie  "
    Then the author is registered as "Ann Leckie"

  Scenario: Two authors may share a name
    Given the author "John Smith"
    When I register the author "John Smith"
    And I look for authors named "John Smith"
    Then I find 2 authors named "John Smith"

  Scenario Outline: A name of 1 to 300 characters is accepted, in any script
    When I register an author with <name>
    Then the author is registered

    Examples:
      | name                         |
      | a name of 1 character        |
      | a name of 300 characters     |
      | a name of 300 "李" characters |
      | a name of 300 "🖋" characters |

  Scenario Outline: A blank or overlong name is refused
    When I register an author with <name>
    Then the catalogue refuses: the name is not acceptable
    And I list all authors
    And I find no authors

    Examples:
      | name                      |
      | a blank name              |
      | a name of 301 characters  |

  Scenario: Renaming an author
    Given the author "Ann Leckie"
    When I rename the author "Ann Leckie" to "A. Leckie"
    Then the author "A. Leckie" is in the catalogue at version 2

  Scenario: Renaming an author to the name they already have changes nothing
    Given the author "Ann Leckie"
    When I rename the author "Ann Leckie" to "  Ann Leckie "
    Then the author "Ann Leckie" is in the catalogue at version 1

  Scenario: Renaming to a blank name is refused
    Given the author "Ann Leckie"
    When I rename the author "Ann Leckie" to "   "
    Then the catalogue refuses: the name is not acceptable
    And the author "Ann Leckie" is in the catalogue at version 1

  Scenario: A rename that names the version last seen goes through
    Given the author "Ann Leckie"
    And the author "Ann Leckie" has been renamed to "Anne Leckie"
    When I rename the author "Anne Leckie" to "A. Leckie", expecting version 2
    Then the author "A. Leckie" is in the catalogue at version 3

  Scenario: A rename is refused when the author has changed since they were last seen
    Given the author "Ann Leckie"
    And the author "Ann Leckie" has been renamed to "Anne Leckie"
    When I rename the author "Ann Leckie" to "A. Leckie", expecting version 1
    Then the catalogue refuses: the author has changed since
    And the author "Ann Leckie" is called "Anne Leckie" at version 2

  Scenario: Deleting an author no book credits
    Given the author "Ann Leckie"
    When I delete the author "Ann Leckie"
    Then the author "Ann Leckie" is no longer in the catalogue

  Scenario: An author who is still credited on a book cannot be deleted
    Given the book "Good Omens" by "Terry Pratchett" and "Neil Gaiman"
    When I delete the author "Neil Gaiman"
    Then the catalogue refuses: the author is still credited
    And the author "Neil Gaiman" is in the catalogue at version 1
    And the authors of "Good Omens" are "Terry Pratchett" and "Neil Gaiman"
    And the book "Good Omens" is at version 1

  Scenario: Deleting an author together with their credits
    Given the book "Good Omens" by "Terry Pratchett" and "Neil Gaiman"
    And the book "Coraline" by "Neil Gaiman"
    And the book "Mort" by "Terry Pratchett"
    When I delete the author "Neil Gaiman", removing their credits
    Then the author "Neil Gaiman" is no longer in the catalogue
    And the authors of "Good Omens" are "Terry Pratchett"
    And the book "Coraline" has no authors
    And the book "Good Omens" is at version 2
    And the book "Coraline" is at version 2
    And the book "Mort" is at version 1

  Scenario: Deleting an author no book credits, asking to remove their credits
    Given the author "Ann Leckie"
    When I delete the author "Ann Leckie", removing their credits
    Then the author "Ann Leckie" is no longer in the catalogue

  Scenario Outline: An author who is not in the catalogue cannot be looked up, changed or deleted
    Given an author "Ghost Writer" who has since been deleted
    When <request>
    Then the catalogue refuses: there is no such author

    Examples:
      | request                                                     |
      | I look up the author "Ghost Writer"                         |
      | I rename the author "Ghost Writer" to "Someone"             |
      | I delete the author "Ghost Writer"                          |
      | I delete the author "Ghost Writer", removing their credits |
      | I list the books of "Ghost Writer"                          |
