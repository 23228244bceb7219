Feature: Crediting authors on books
  A book lists its authors in the order they were credited. Crediting an author appends them at the
  end, and crediting an author who is already listed changes nothing. Taking a credit off keeps the
  other authors in their order. The whole order can be set at once. No author is listed twice, a book
  has at most 100 authors, and only authors in the catalogue can be credited. Every change to the
  authors of a book moves its version on by one.

  Scenario: Crediting an author appends them after the authors already credited
    Given the book "Good Omens" by "Terry Pratchett"
    And the author "Neil Gaiman"
    When I credit "Neil Gaiman" on "Good Omens"
    Then "Neil Gaiman" is newly credited
    And the authors of "Good Omens" are "Terry Pratchett" and "Neil Gaiman"
    And the book "Good Omens" is at version 2

  Scenario: Crediting an author who is already credited changes nothing
    Given the book "Good Omens" by "Terry Pratchett" and "Neil Gaiman"
    When I credit "Terry Pratchett" on "Good Omens"
    Then "Terry Pratchett" was already credited
    And the authors of "Good Omens" are "Terry Pratchett" and "Neil Gaiman"
    And the book "Good Omens" is at version 1

  Scenario: An author may be credited on many books
    Given the books "Good Omens" and "Mort"
    And the author "Terry Pratchett"
    When I credit "Terry Pratchett" on "Good Omens"
    And I credit "Terry Pratchett" on "Mort"
    Then the books of "Terry Pratchett" are "Good Omens" and "Mort"

  Scenario: Taking a credit off keeps the other authors in their order
    Given the book "The Expanse" by "Daniel Abraham", "Ty Franck" and "James S. A. Corey"
    When I remove "Ty Franck" from "The Expanse"
    Then the authors of "The Expanse" are "Daniel Abraham" and "James S. A. Corey"
    And the book "The Expanse" is at version 2
    And the author "Ty Franck" is in the catalogue

  Scenario: Taking off a credit the book does not have changes nothing
    Given the book "Good Omens" by "Terry Pratchett" and "Neil Gaiman"
    And the author "Ann Leckie"
    When I remove "Ann Leckie" from "Good Omens"
    Then the authors of "Good Omens" are "Terry Pratchett" and "Neil Gaiman"
    And the book "Good Omens" is at version 1

  Scenario: Taking the same credit off twice changes the book once
    Given the book "Good Omens" by "Terry Pratchett" and "Neil Gaiman"
    When I remove "Neil Gaiman" from "Good Omens"
    And I remove "Neil Gaiman" from "Good Omens"
    Then the authors of "Good Omens" are "Terry Pratchett"
    And the book "Good Omens" is at version 2

  Scenario: Setting the authors puts them in the order given
    Given the book "Good Omens" by "Neil Gaiman" and "Terry Pratchett"
    When I set the authors of "Good Omens" to "Terry Pratchett" and "Neil Gaiman"
    Then the authors of "Good Omens" are "Terry Pratchett" and "Neil Gaiman"
    And the book "Good Omens" is at version 2

  Scenario: Setting the authors may add and drop authors at once
    Given the book "Good Omens" by "Neil Gaiman" and "Terry Pratchett"
    And the author "Ann Leckie"
    When I set the authors of "Good Omens" to "Ann Leckie" and "Neil Gaiman"
    Then the authors of "Good Omens" are "Ann Leckie" and "Neil Gaiman"
    And "Terry Pratchett" is credited on no book
    And the book "Good Omens" is at version 2

  Scenario: Setting the authors to the order they already have changes nothing
    Given the book "Good Omens" by "Terry Pratchett" and "Neil Gaiman"
    When I set the authors of "Good Omens" to "Terry Pratchett" and "Neil Gaiman"
    Then the book "Good Omens" is at version 1

  Scenario: Removing every author
    Given the book "Good Omens" by "Terry Pratchett" and "Neil Gaiman"
    When I remove every author from "Good Omens"
    Then the book "Good Omens" has no authors
    And the book "Good Omens" is at version 2
    And the authors "Terry Pratchett" and "Neil Gaiman" are still in the catalogue

  Scenario: Setting the authors on the book as last read goes through
    Given the book "Good Omens" by "Terry Pratchett"
    And the author "Neil Gaiman"
    And I credit "Neil Gaiman" on "Good Omens"
    And I have read the book "Good Omens"
    When I set the authors of "Good Omens" to "Neil Gaiman" and "Terry Pratchett", as I read it
    Then the authors of "Good Omens" are "Neil Gaiman" and "Terry Pratchett"
    And the book "Good Omens" is at version 3

  Scenario: Setting the authors is refused when the book has changed since it was last read
    Given the book "Good Omens" by "Terry Pratchett"
    And I have read the book "Good Omens"
    And the author "Neil Gaiman"
    And I credit "Neil Gaiman" on "Good Omens"
    When I set the authors of "Good Omens" to "Neil Gaiman", as I read it
    Then the catalogue refuses: the book has changed since
    And the authors of "Good Omens" are "Terry Pratchett" and "Neil Gaiman"
    And the book "Good Omens" is at version 2

  Scenario: No author is listed twice
    Given the book "Good Omens" by "Terry Pratchett" and "Neil Gaiman"
    When I set the authors of "Good Omens" to "Terry Pratchett", "Neil Gaiman" and "Terry Pratchett"
    Then the catalogue refuses: the list of authors is not acceptable
    And the authors of "Good Omens" are "Terry Pratchett" and "Neil Gaiman"
    And the book "Good Omens" is at version 1

  Scenario: A book cannot be registered with an author listed twice
    Given the authors "Terry Pratchett" and "Neil Gaiman"
    When I register the book "Good Omens" by "Terry Pratchett", "Neil Gaiman" and "Terry Pratchett"
    Then the catalogue refuses: the list of authors is not acceptable
    And the catalogue holds no book titled "Good Omens"

  Scenario: A book may be registered with 100 authors
    Given the authors "Contributor 1" to "Contributor 100"
    When I register the book "Anthology" by the authors "Contributor 1" to "Contributor 100"
    Then the book "Anthology" has 100 authors

  Scenario: A book cannot be registered with more than 100 authors
    Given the authors "Contributor 1" to "Contributor 101"
    When I register the book "Anthology" by the authors "Contributor 1" to "Contributor 101"
    Then the catalogue refuses: the list of authors is not acceptable
    And the catalogue holds no book titled "Anthology"

  Scenario: A book with 100 authors takes no more
    Given the book "Anthology" by the authors "Contributor 1" to "Contributor 100"
    And the author "One Too Many"
    When I credit "One Too Many" on "Anthology"
    Then the catalogue refuses: the book has no room for another author
    And the book "Anthology" has 100 authors
    And the book "Anthology" is at version 1

  Scenario: A book with 100 authors can still have one of them credited again
    Given the book "Anthology" by the authors "Contributor 1" to "Contributor 100"
    When I credit "Contributor 42" on "Anthology"
    Then "Contributor 42" was already credited

  Scenario: The authors cannot be set to more than 100
    Given the book "Anthology" by "Contributor 1"
    And the authors "Contributor 1" to "Contributor 101"
    When I set the authors of "Anthology" to the authors "Contributor 1" to "Contributor 101"
    Then the catalogue refuses: the list of authors is not acceptable
    And the authors of "Anthology" are "Contributor 1"

  Scenario: Only an author in the catalogue can be credited
    Given the book "Good Omens"
    And an author "Ghost Writer" who has since been deleted
    When I credit "Ghost Writer" on "Good Omens"
    Then the catalogue refuses: there is no such author
    And the book "Good Omens" has no authors

  Scenario: Only an author in the catalogue can have a credit taken off
    Given the book "Good Omens"
    And an author "Ghost Writer" who has since been deleted
    When I remove "Ghost Writer" from "Good Omens"
    Then the catalogue refuses: there is no such author

  Scenario: A book cannot be registered with an author who is not in the catalogue
    Given the author "Terry Pratchett"
    And an author "Ghost Writer" who has since been deleted
    When I register the book "Good Omens" by "Terry Pratchett" and "Ghost Writer"
    Then the catalogue refuses: an author is not in the catalogue
    And the catalogue holds no book titled "Good Omens"

  Scenario: The authors cannot be set to include an author who is not in the catalogue
    Given the book "Good Omens" by "Terry Pratchett"
    And an author "Ghost Writer" who has since been deleted
    When I set the authors of "Good Omens" to "Terry Pratchett" and "Ghost Writer"
    Then the catalogue refuses: an author is not in the catalogue
    And the authors of "Good Omens" are "Terry Pratchett"
    And the book "Good Omens" is at version 1
