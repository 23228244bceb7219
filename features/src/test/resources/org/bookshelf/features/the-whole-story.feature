Feature: Books and their authors, from start to finish
  The whole story of a catalogue where a book can have many authors and an author many books: two
  books and two authors are registered, the authors are credited (one book has both, the other has
  one), the catalogue is navigated from a book to its authors and from an author to their books, a
  book is found by its title and an author by their name, and at last an author is taken off a book,
  which leaves both the author and the book in the catalogue.

  Scenario: Two books, two authors and the credits between them
    Given the catalogue is empty

    When I register the books "Book 1" and "Book 2"
    And I register the authors "Author 1" and "Author 2"
    And I credit "Author 1" on "Book 1"
    And I credit "Author 2" on "Book 1"
    And I credit "Author 2" on "Book 2"
    Then the authors of "Book 1" are "Author 1" and "Author 2"
    And the authors of "Book 2" are "Author 2"
    And the books of "Author 1" are "Book 1"
    And the books of "Author 2" are "Book 1" and "Book 2"

    When I look for books titled "Book 1"
    Then I find:
      | title  | authors            |
      | Book 1 | Author 1, Author 2 |

    When I look for authors named "Author 2"
    Then I find the authors "Author 2"
    And the books of the author found are "Book 1" and "Book 2"

    When I remove "Author 2" from "Book 1"
    Then the authors of "Book 1" are "Author 1"
    And the books of "Author 2" are "Book 2"
    And the authors "Author 1" and "Author 2" are still in the catalogue
    And the books "Book 1" and "Book 2" are still in the catalogue
