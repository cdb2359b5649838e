Feature: Configure user attributes
  The admin maps the attributes X sends to local attributes, chooses the subject attribute and the
  attributes used to provision the user, on the connection's Attributes tab.

  Background:
    Given WSO2 Identity Server is registered as an app on X
    And a Twitter connection holds that app's API Key and API Secret
    And the connection provisions users just in time

  @doc:attr-1 @doc:attr-2 @doc:attr-3 @doc:attr-4 @doc:attr-5 @doc:attr-8
  Scenario: Mapped X attributes reach the local account and the application; unmapped ones do not
    Given an application asking for these attributes offers the connection in its first login step:
      | local attribute |
      | Email           |
      | Full Name       |
      | Nick Name       |
      | Photo URL       |
    And a person with an X account who has never signed in
    When the admin adds these attribute mappings on the connection's Attributes tab:
      | X attribute | local attribute |
      | email       | Email           |
      | name        | Full Name       |
      | screen_name | Nick Name       |
    And the admin clicks Update on the Attributes tab
    Then the connection maps exactly those X attributes
    When the person signs in to the application with X
    Then the person is signed in to the application
    And the person's local account holds these values from X:
      | local attribute | X attribute |
      | Email           | email       |
      | Full Name       | name        |
      | Nick Name       | screen_name |
    And the application received these claims in the ID token and from userinfo:
      | claim    | X attribute |
      | email    | email       |
      | name     | name        |
      | nickname | screen_name |
    And the unmapped "profile_image_url_https" reached neither the account's "Photo URL" nor the claim "picture"

  @doc:attr-6 @doc:attr-8
  Scenario: The subject attribute identifies the user
    Given an application offers the connection in its first login step
    And a person with an X account who has never signed in
    When the admin adds these attribute mappings on the connection's Attributes tab:
      | X attribute | local attribute |
      | screen_name | Nick Name       |
    And the admin selects "screen_name" as the Subject Attribute
    And the admin clicks Update on the Attributes tab
    And the person signs in to the application with X
    Then the person is signed in to the application
    And a local account named with the person's X username exists
    And the account is managed by X

  @doc:attr-7 @doc:attr-8
  Scenario: A provisioning attribute's default value fills what X does not send
    # IS uses the Provisioning Attributes Selection to mark mapped attributes as required for
    # provisioning and to give them default values (is-rest-api.md §1.2, provisioningClaims).
    Given an application asking for these attributes offers the connection in its first login step:
      | local attribute |
      | Email           |
      | Country         |
    And a person with an X account who has never signed in
    When the admin adds these attribute mappings on the connection's Attributes tab:
      | X attribute | local attribute |
      | email       | Email           |
      | location    | Country         |
    And the admin selects these Provisioning Attributes:
      | X attribute | default value |
      | location    | Sri Lanka     |
    And the admin clicks Update on the Attributes tab
    And the person signs in to the application with X
    Then the person is signed in to the application
    And the person's local account has "Country" set to "Sri Lanka"
