Feature: Just-in-Time provisioning
  IS can create (or update) a local account on a federated login. It is off for a new connection, and
  the admin switches it on or off on the connection's Just-in-Time Provisioning tab.

  Background:
    Given WSO2 Identity Server is registered as an app on X

  @doc:jit-default-off
  Scenario: A new connection does not provision users
    Given the admin has created a Custom Connector for X
    And the admin has added the Twitter authenticator with the X app's API Key, API Secret and IS's Callback URL
    And an application offers the connection in its first login step
    And a person with an X account who has never signed in
    Then Just-in-Time provisioning is off for the connection
    When the person signs in to the application with X
    Then the person is signed in to the application
    And no local account exists for the person's X identity

  @doc:jit-1 @doc:jit-2 @doc:jit-3 @doc:jit-4
  Scenario Outline: Just-in-Time provisioning <state> decides whether the first login makes an account
    Given a Twitter connection holds that app's API Key and API Secret
    And JIT provisioning of the connection is <before>
    And an application offers the connection in its first login step
    And a person with an X account who has never signed in
    When the admin <action> the connection's Just-in-Time (JIT) User Provisioning checkbox and clicks Update
    And the person signs in to the application with X
    Then the person is signed in to the application
    And <outcome> for the person's X identity

    Examples:
      | state | before | action   | outcome                    |
      | on    | off    | checks   | a local account exists     |
      | off   | on     | unchecks | no local account exists    |

  @doc:jit-override-on-email-match
  Scenario: A local account whose username is the person's X email takes X's attributes
    # IS finds the "local account with the same email" only when the connection's JIT settings associate
    # provisioned users with existing local users (associateLocalUser) and that account's username is
    # the email X sends (a username match, is-rest-api.md §5.2); attributes are then synced (OVERRIDE_ALL).
    Given a Twitter connection holds that app's API Key and API Secret
    And the connection maps these X attributes:
      | X attribute | local attribute |
      | email       | Email           |
      | name        | Full Name       |
    And the connection provisions users just in time
    And the connection associates provisioned users with existing local users
    And an application offers the connection in its first login step
    And a person with an X account who has never signed in
    And a local account whose username is the person's X email, with full name "Local Name"
    When the person signs in to the application with X
    Then the person is signed in to the application
    And the local account is linked to the connection
    And the local account's Full Name is now the person's X name

  @doc:jit-override-on-email-match
  Scenario: Without association a local account with the same email is left alone
    # The same, but associateLocalUser off (a new connection's default, set here for deployments whose
    # admin turns it on): IS makes a new account named by X's numeric id and does not touch the account
    # that has the same email.
    Given a Twitter connection holds that app's API Key and API Secret
    And the connection maps these X attributes:
      | X attribute | local attribute |
      | email       | Email           |
      | name        | Full Name       |
    And the connection provisions users just in time
    And the connection does not associate provisioned users with existing local users
    And an application offers the connection in its first login step
    And a person with an X account who has never signed in
    And a local account whose username is the person's X email, with full name "Local Name"
    When the person signs in to the application with X
    Then the person is signed in to the application
    And a local account exists for the person's X identity
    And the local account's Full Name is still "Local Name"
